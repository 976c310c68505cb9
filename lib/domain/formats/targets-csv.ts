/**
 * The target list as a spreadsheet (CSV): one row per person, the columns a
 * job seeker tracks by hand. Formula-looking cells are neutralised and the file
 * carries a BOM and CRLF line ends (csv-write.ts).
 */
import { nextActionLabel, reasonText } from '@/lib/domain/labels';
import { t, type MessageKey } from '@/lib/domain/i18n';
import type { Person } from '@/lib/domain/model';
import { dayIn, isoDay } from '@/lib/domain/formats/calendar/date';
import { isStorableDate } from '@/lib/domain/model/limits';
import { csvDocument } from '@/lib/domain/formats/csv/write';

export interface TargetsCsvOptions {
  /** IANA zone for the next-action date; empty or absent means the runtime's (browser's). */
  timeZone?: string;
}

const COLUMN_KEYS = [
  'exportColumnName',
  'exportColumnProfileUrl',
  'exportColumnHeadline',
  'exportColumnCompany',
  'exportColumnDegree',
  'exportColumnStage',
  'exportColumnObjective',
  'exportColumnNextAction',
  'exportColumnNextActionDate',
  'exportColumnEmail',
  'exportColumnPhone',
  'exportColumnConnectedOn',
  'exportColumnNotes',
] as const satisfies readonly MessageKey[];

/**
 * The header row, in the language of the messages in use. Like labels(), each
 * cell is looked up when read, so loading this module calls no i18n API. The
 * cells below it are the stored values as they are (stage, degree and
 * objective kinds are machine values, the same in every language).
 */
export const TARGETS_CSV_HEADER: readonly string[] = Object.freeze(
  COLUMN_KEYS.reduce<string[]>(
    (header, key, index) => Object.defineProperty(header, index, { enumerable: true, get: () => t(key) }),
    [],
  ),
);

function objectiveText(person: Person): string {
  const objective = person.objective;
  if (!objective) return '';
  return objective.detail ? `${objective.kind}: ${objective.detail}` : objective.kind;
}

function targetRow(person: Person, timeZone: string | undefined): string[] {
  const next = person.nextAction;
  return [
    person.name,
    person.profileUrl ?? '',
    person.headline ?? '',
    person.company ?? '',
    person.degree,
    person.stage ?? (person.kind === 'candidate' ? 'candidate' : ''),
    objectiveText(person),
    next ? reasonText(next.reason) || nextActionLabel(next.kind) : '',
    next && isStorableDate(next.due) ? isoDay(dayIn(next.due, timeZone)) : '',
    person.email ?? '',
    person.phone ?? '',
    // connectedOn is UTC midnight of the day (Connections.csv), so read it in UTC.
    isStorableDate(person.connectedOn) ? isoDay(dayIn(person.connectedOn, 'UTC')) : '',
    person.notes,
  ];
}

export function targetsToCsv(people: readonly Person[], options: TargetsCsvOptions = {}): string {
  return csvDocument(
    TARGETS_CSV_HEADER,
    people.map((person) => targetRow(person, options.timeZone)),
  );
}
