/**
 * What importing Connections.csv rows does to the people already stored.
 *
 * - A row matches a stored person by normalised profile URL, else by name +
 *   company (case-, accent- and punctuation-insensitive; both must be present,
 *   and two different profile URLs are never merged). A row matching several
 *   people is skipped rather than guessed.
 * - Everyone imported is a known 1st-degree contact with `connectedOn`; new
 *   people are candidates. A target stays a target, a 'self' stays 'self'.
 * - Name, company and position from the file fill empty fields, and replace
 *   stored ones only for people never seen on a profile page (the page is
 *   fresher than an export); e-mail from the file is always taken. Fields in
 *   `userEdited` are never touched.
 * - A second row for the same profile (or, without URLs, the same name and
 *   company) in the file is skipped with the line of the first.
 */
import { plural, t } from '../i18n';
import type { EditableField, Person } from '../model';
import type { ConnectionRow, SkippedLine } from './connections-csv';
import { publicIdOf } from './connection-profile-url';
import { nameCompanyKey } from './person-match';

export interface ConnectionsImportPlan {
  add: Person[];
  update: Person[];
  skipped: SkippedLine[];
  /** Rows that matched someone already up to date. */
  unchanged: number;
}

function newPerson(row: ConnectionRow, now: number, id: string): Person {
  const person: Person = {
    id,
    kind: 'candidate',
    name: row.name,
    degree: '1st',
    mutuals: [],
    notes: '',
    userEdited: [],
    createdAt: now,
    updatedAt: now,
  };
  if (row.profileUrl) {
    person.profileUrl = row.profileUrl;
    const publicId = publicIdOf(row.profileUrl);
    if (publicId) person.publicId = publicId;
  }
  if (row.company) person.company = row.company;
  if (row.position) person.position = row.position;
  if (row.email) person.email = row.email;
  if (row.connectedOn !== undefined) person.connectedOn = row.connectedOn;
  return person;
}

/** The person updated by a row, or null when nothing changes. */
function mergeConnection(person: Person, row: ConnectionRow, now: number): Person | null {
  const next: Person = { ...person };
  if (person.degree !== 'self') next.degree = '1st';
  if (row.connectedOn !== undefined) next.connectedOn = row.connectedOn;
  if (!person.profileUrl && row.profileUrl) {
    next.profileUrl = row.profileUrl;
    const publicId = person.publicId ?? publicIdOf(row.profileUrl);
    if (publicId) next.publicId = publicId;
  }
  const editable = (field: EditableField): boolean => !person.userEdited.includes(field);
  const replace = person.lastSeenAt === undefined;
  if (row.name && editable('name') && (replace || !person.name)) next.name = row.name;
  if (row.company && editable('company') && (replace || !person.company)) next.company = row.company;
  if (row.position && (replace || !person.position)) next.position = row.position;
  if (row.email && editable('email')) next.email = row.email;
  const changed = (Object.keys(next) as (keyof Person)[]).some((key) => next[key] !== person[key]);
  if (!changed) return null;
  next.updatedAt = now;
  return next;
}

export function planConnectionsImport(
  rows: readonly ConnectionRow[],
  existing: readonly Person[],
  now: number,
  newId: () => string,
): ConnectionsImportPlan {
  const byUrl = new Map<string, Person>();
  const byKey = new Map<string, Person[]>();
  for (const person of existing) {
    if (person.profileUrl) byUrl.set(person.profileUrl, person);
    const key = nameCompanyKey(person.name, person.company);
    if (!key) continue;
    const named = byKey.get(key);
    if (named) named.push(person);
    else byKey.set(key, [person]);
  }
  const plan: ConnectionsImportPlan = { add: [], update: [], skipped: [], unchanged: 0 };
  const seenUrl = new Map<string, number>();
  const seenKey = new Map<string, number>();
  const claimed = new Map<string, number>();
  for (const row of rows) {
    const skip = (reason: string) => plan.skipped.push({ line: row.line, reason });
    const key = nameCompanyKey(row.name, row.company);
    const earlier = row.profileUrl ? seenUrl.get(row.profileUrl) : key ? seenKey.get(key) : undefined;
    if (earlier !== undefined) {
      skip(t(row.profileUrl ? 'importSkipDuplicateProfile' : 'importSkipDuplicateNameCompany', earlier));
      continue;
    }
    if (row.profileUrl) seenUrl.set(row.profileUrl, row.line);
    if (key && !seenKey.has(key)) seenKey.set(key, row.line);

    let match = row.profileUrl ? byUrl.get(row.profileUrl) : undefined;
    if (!match && key) {
      const named = (byKey.get(key) ?? []).filter((p) => !p.profileUrl || !row.profileUrl);
      if (named.length > 1) {
        skip(plural('importSkipAmbiguous', named.length, [named.length, row.name, row.company ?? '']));
        continue;
      }
      match = named[0];
    }
    if (!match) {
      plan.add.push(newPerson(row, now, newId()));
      continue;
    }
    const firstLine = claimed.get(match.id);
    if (firstLine !== undefined) {
      skip(t('importSkipDuplicatePerson', firstLine));
      continue;
    }
    claimed.set(match.id, row.line);
    const updated = mergeConnection(match, row, now);
    if (updated) plan.update.push(updated);
    else plan.unchanged++;
  }
  return plan;
}
