/**
 * The target list as a spreadsheet (CSV): one row per person, the columns a
 * job seeker tracks by hand. Formula-looking cells are neutralised and the file
 * carries a BOM and CRLF line ends (csv-write.ts).
 */
import type { Person } from '../model';
import { dayIn, isoDay } from './calendar-date';
import { csvDocument } from './csv-write';

export interface TargetsCsvOptions {
  /** IANA zone for the next-action date; empty or absent means the runtime's (browser's). */
  timeZone?: string;
}

export const TARGETS_CSV_HEADER = [
  'Name',
  'Profile URL',
  'Headline',
  'Company',
  'Degree',
  'Stage',
  'Objective',
  'Next action',
  'Next action date',
  'Email',
  'Phone',
  'Connected on',
  'Notes',
] as const;

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
    next ? next.reason || next.kind : '',
    next ? isoDay(dayIn(next.due, timeZone)) : '',
    person.email ?? '',
    person.phone ?? '',
    // connectedOn is UTC midnight of the day (Connections.csv), so read it in UTC.
    person.connectedOn === undefined ? '' : isoDay(dayIn(person.connectedOn, 'UTC')),
    person.notes,
  ];
}

export function targetsToCsv(people: readonly Person[], options: TargetsCsvOptions = {}): string {
  return csvDocument(
    TARGETS_CSV_HEADER,
    people.map((person) => targetRow(person, options.timeZone)),
  );
}
