/**
 * LinkedIn's Connections.csv ("download your data") → rows of 1st-degree contacts.
 *
 * Two layouts are known (docs/linkedin-markup.md): the 2018 one, header first,
 * `First Name,Last Name,Email Address,Company,Position,Connected On`; and the
 * newer one, a "Notes:" paragraph and a blank line before
 * `First Name,Last Name,URL,Email Address,Company,Position,Connected On`.
 * Columns are found by name, so their order does not matter; `format` says
 * whether the URL column is there. Files over CONNECTIONS_CSV_MAX_CHARS are
 * refused before any parsing (LinkedIn caps connections at 30,000, about 5 MB).
 * Errors about the file as a whole (empty, too large) carry `line: 0`.
 */
import { t } from '@/lib/domain/i18n';
import { CsvReader, type CsvRecord } from '@/lib/domain/formats/csv/parse';
import { checkConnectionsText, findConnectionsHeader, type ConnectionsHeader } from './header';
import { cleanEmail, cleanText, parseConnectedOn } from './fields';
import { connectionProfileUrl } from '@/lib/domain/identity/connection-profile-url';

export type ConnectionsFormat = '2018-no-url' | 'notes-preamble-url';

export interface ConnectionRow {
  /** The line the row starts on in the file (1-based). */
  line: number;
  firstName: string;
  lastName: string;
  /** First and last name joined. */
  name: string;
  /** Normalised https://www.linkedin.com/in/<slug>/ when the file has a usable URL. */
  profileUrl?: string;
  email?: string;
  company?: string;
  position?: string;
  /** Epoch ms at UTC midnight of the day connected. */
  connectedOn?: number;
}

export interface SkippedLine {
  line: number;
  /** Why, in the user's words (an importSkip… message). */
  reason: string;
}

export type ConnectionsParseResult =
  | { ok: true; rows: ConnectionRow[]; skipped: SkippedLine[]; format: ConnectionsFormat }
  | { ok: false; error: { line: number; message: string } };

/** 20 million UTF-16 units (~20 MB of mostly-ASCII text): four times the largest real export. */
export const CONNECTIONS_CSV_MAX_CHARS = 20_000_000;

export function parseConnectionsCsv(text: string): ConnectionsParseResult {
  const problem = checkConnectionsText(text, CONNECTIONS_CSV_MAX_CHARS);
  if (problem) return { ok: false, error: problem };
  const reader = new CsvReader(text);
  const found = findConnectionsHeader(reader);
  if (!found.ok) return found;
  const { header } = found;
  const rows: ConnectionRow[] = [];
  const skipped: SkippedLine[] = [];
  const dates = new Map<string, number | undefined>();
  for (let record = reader.next(); record; record = reader.next()) {
    if (record.fatal) {
      return {
        ok: false,
        error: {
          line: record.line,
          message: t('importErrorRowUnreadable', [record.line, record.problem ?? t('importProblemUnreadable')]),
        },
      };
    }
    const outcome = readRow(record, header, dates);
    if (outcome === null) continue;
    if (typeof outcome === 'string') skipped.push({ line: record.line, reason: outcome });
    else rows.push(outcome);
  }
  return { ok: true, rows, skipped, format: header.columns.url === undefined ? '2018-no-url' : 'notes-preamble-url' };
}

/** A row, a reason to skip it, or null for a blank line (dates: a cache of parsed dates). */
function readRow(
  record: CsvRecord,
  header: ConnectionsHeader,
  dates: Map<string, number | undefined>,
): ConnectionRow | string | null {
  const { fields } = record;
  if (fields.length === 1 && fields[0]?.trim() === '') return null;
  if (record.problem) return t('importSkipMalformed', record.problem);
  if (fields.length !== header.width) return t('importSkipColumnCount', [header.width, fields.length]);
  const cell = (index: number | undefined): string => (index === undefined ? '' : (fields[index] ?? ''));
  const { columns } = header;
  const firstName = cleanText(cell(columns.firstName), 150);
  const lastName = cleanText(cell(columns.lastName), 150);
  if (firstName === '' && lastName === '') return t('importSkipNoName');
  if (firstName.toLowerCase() === 'first name' && lastName.toLowerCase() === 'last name') {
    return t('importSkipRepeatedHeader');
  }
  const row: ConnectionRow = {
    line: record.line,
    firstName,
    lastName,
    name: cleanText(`${firstName} ${lastName}`, 300),
  };
  const profileUrl = connectionProfileUrl(cell(columns.url));
  if (profileUrl) row.profileUrl = profileUrl;
  const email = cleanEmail(cell(columns.email));
  if (email) row.email = email;
  const company = cleanText(cell(columns.company), 300);
  if (company) row.company = company;
  const position = cleanText(cell(columns.position), 300);
  if (position) row.position = position;
  // Thousands of rows share a few hundred dates: read each distinct one once.
  const dateCell = cell(columns.connectedOn);
  if (!dates.has(dateCell)) dates.set(dateCell, parseConnectedOn(dateCell));
  const connectedOn = dates.get(dateCell);
  if (connectedOn !== undefined) row.connectedOn = connectedOn;
  return row;
}
