/** Recognising a Connections.csv: whole-file checks and the header row. */
import { plural, t } from '@/lib/domain/i18n';
import type { CsvReader } from '@/lib/domain/formats/csv/parse';

export type ConnectionsColumn = 'firstName' | 'lastName' | 'url' | 'email' | 'company' | 'position' | 'connectedOn';

export interface ConnectionsHeader {
  line: number;
  /** Number of columns in the header (every row must have as many). */
  width: number;
  columns: Partial<Record<ConnectionsColumn, number>>;
}

interface FileError {
  line: number;
  message: string;
}

const COLUMN_NAMES: Record<string, ConnectionsColumn> = {
  'first name': 'firstName',
  'last name': 'lastName',
  url: 'url',
  'profile url': 'url',
  'email address': 'email',
  email: 'email',
  company: 'company',
  position: 'position',
  'connected on': 'connectedOn',
};

/** Required columns, named in errors as LinkedIn writes them in the file (never translated). */
const REQUIRED: readonly [ConnectionsColumn, string][] = [
  ['firstName', 'First Name'],
  ['lastName', 'Last Name'],
  ['company', 'Company'],
  ['position', 'Position'],
  ['connectedOn', 'Connected On'],
];

/** How many non-blank records may come before the header (the "Notes:" preamble is 2). */
const HEADER_SEARCH_RECORDS = 20;
const SNIFF_CHARS = 65_536;

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}

function isSuspicious(code: number): boolean {
  return (code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0x7f || code === 0xfffd;
}

/** Size, emptiness, binary content, a web page or JSON instead of CSV. */
export function checkConnectionsText(text: string, maxChars: number): FileError | null {
  if (text.length > maxChars) {
    const mb = (text.length / 1_000_000).toFixed(1);
    return { line: 0, message: t('importErrorTooLarge', [mb, maxChars / 1_000_000]) };
  }
  const start = text.search(/[^\s\ufeff]/);
  if (start < 0) return { line: 0, message: t('importErrorEmpty') };
  const sniffEnd = Math.min(text.length, SNIFF_CHARS);
  let suspicious = 0;
  let first = -1;
  for (let i = 0; i < sniffEnd; i++) {
    if (!isSuspicious(text.charCodeAt(i))) continue;
    if (first < 0) first = i;
    suspicious++;
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0 || suspicious > Math.max(2, sniffEnd / 100)) {
    const line = lineAt(text, nul >= 0 && (first < 0 || nul < first) ? nul : first);
    return { line, message: t('importErrorBinary', line) };
  }
  const head = text.slice(start, start + 200).toLowerCase();
  if (head.startsWith('<')) {
    const line = lineAt(text, start);
    return { line, message: t('importErrorHtml', line) };
  }
  if (head.startsWith('{') || head.startsWith('[')) {
    const line = lineAt(text, start);
    return { line, message: t('importErrorJson', line) };
  }
  return null;
}

function headerOf(fields: string[], line: number): ConnectionsHeader {
  const columns: Partial<Record<ConnectionsColumn, number>> = {};
  fields.forEach((field, index) => {
    const key = COLUMN_NAMES[field.replace(/\s+/g, ' ').trim().toLowerCase()];
    if (key && columns[key] === undefined) columns[key] = index;
  });
  return { line, width: fields.length, columns };
}

/** Reads up to the header row; the reader is left on the first data row. */
export function findConnectionsHeader(
  reader: CsvReader,
): { ok: true; header: ConnectionsHeader } | { ok: false; error: FileError } {
  let firstLine = 0;
  for (let seen = 0; seen < HEADER_SEARCH_RECORDS; ) {
    const record = reader.next();
    if (!record) break;
    if (record.fatal) {
      return {
        ok: false,
        error: {
          line: record.line,
          message: t('importErrorHeaderUnreadable', [record.line, record.problem ?? t('importProblemUnreadable')]),
        },
      };
    }
    if (record.fields.every((field) => field.trim() === '')) continue;
    seen++;
    if (firstLine === 0) firstLine = record.line;
    const header = headerOf(record.fields, record.line);
    if (header.columns.firstName === undefined || header.columns.lastName === undefined) continue;
    const missing = REQUIRED.filter(([key]) => header.columns[key] === undefined).map(([, label]) => label);
    if (missing.length > 0) {
      const message = plural('importErrorMissingColumns', missing.length, [record.line, missing.join(', ')]);
      return { ok: false, error: { line: record.line, message } };
    }
    return { ok: true, header };
  }
  const line = firstLine || 1;
  const expected = REQUIRED.map(([, label]) => label).join(', ');
  return {
    ok: false,
    error: { line, message: t('importErrorNoHeader', [line, expected]) },
  };
}
