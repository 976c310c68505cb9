/**
 * What importing Connections.csv rows does to the contact directory and to
 * the people already stored.
 *
 * - Every row not skipped becomes a directory entry (a known 1st-degree
 *   connection with `connectedOn`); nobody new becomes a Person: a connection
 *   is a Person once the user views, targets or is introduced through them.
 * - A row also updates a stored person it matches, by normalised profile URL,
 *   else by name + company (case-, accent- and punctuation-insensitive; both
 *   must be present, and two different profile URLs are never merged). A row
 *   matching several people, or a person an earlier row already updated,
 *   updates nobody (rather than a guess); its connection is still kept. A
 *   target stays a target, a 'self' stays 'self'.
 * - Name, company and position from the file fill empty fields, and replace
 *   stored ones only for people never seen on a profile page (the page is
 *   fresher than an export); e-mail from the file is always taken. Fields in
 *   `userEdited` are never touched.
 * - A second row for the same connection (same profile; without URLs, the
 *   same name and company, or the same name when neither has a company) is
 *   skipped with the line of the first.
 */
import { t } from '@/lib/domain/i18n';
import type { Connection, Person, UserField } from '@/lib/domain/model';
import type { ConnectionRow, SkippedLine } from '@/lib/domain/formats/connections/connections-csv';
import { newCandidate } from '@/lib/domain/model/new-person';
import { publicIdOf } from '@/lib/domain/identity/connection-profile-url';
import { connectionKey, nameCompanyKey } from '@/lib/domain/identity/person-match';

/** A row bound for the directory, and the stored person it matched. */
export interface PlannedConnection {
  line: number;
  connection: Connection;
  personId?: string;
}

export interface ConnectionsImportPlan {
  /** Every row not skipped, in file order. */
  connections: PlannedConnection[];
  /** Stored people the file changes. */
  update: Person[];
  skipped: SkippedLine[];
}

/** A Connections.csv row as a directory entry. */
export function connectionOfRow(row: ConnectionRow): Connection {
  const connection: Connection = { name: row.name };
  if (row.profileUrl) connection.profileUrl = row.profileUrl;
  if (row.company) connection.company = row.company;
  if (row.position) connection.position = row.position;
  if (row.email) connection.email = row.email;
  if (row.connectedOn !== undefined) connection.connectedOn = row.connectedOn;
  return connection;
}

/** A new person (a candidate unless told otherwise) made from a connection. */
export function personFromConnection(
  connection: Connection,
  now: number,
  id: string,
  kind: Person['kind'] = 'candidate',
): Person {
  const person: Person = { ...newCandidate(id, connection.name, now, '1st'), kind };
  return mergeConnection(person, connection, now) ?? person;
}

/** The person updated by a connection (a row of the file, or a directory entry), or null when nothing changes. */
export function mergeConnection(person: Person, row: Connection, now: number): Person | null {
  const next: Person = { ...person };
  // The user's own correction of the degree stands (they may have been disconnected since the export).
  if (person.degree !== 'self' && !person.userEdited.includes('degree')) next.degree = '1st';
  if (row.connectedOn !== undefined) next.connectedOn = row.connectedOn;
  if (!person.profileUrl && row.profileUrl) {
    next.profileUrl = row.profileUrl;
    const publicId = person.publicId ?? publicIdOf(row.profileUrl);
    if (publicId) next.publicId = publicId;
  }
  const editable = (field: UserField): boolean => !person.userEdited.includes(field);
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
  /** The stored person a row updates: same profile URL, else the one person with its name and company (several: none, rather than a guess). */
  const matchOf = (row: ConnectionRow): Person | undefined => {
    const byProfile = row.profileUrl ? byUrl.get(row.profileUrl) : undefined;
    if (byProfile || byKey.size === 0) return byProfile;
    const key = nameCompanyKey(row.name, row.company);
    const named = key ? (byKey.get(key) ?? []).filter((p) => !p.profileUrl || !row.profileUrl) : [];
    return named.length === 1 ? named[0] : undefined;
  };
  const plan: ConnectionsImportPlan = { connections: [], update: [], skipped: [] };
  const seen = new Map<string, number>();
  const claimed = new Set<string>();
  for (const row of rows) {
    const connection = connectionOfRow(row);
    const identity = connectionKey(connection);
    const earlier = seen.get(identity);
    if (earlier !== undefined) {
      plan.skipped.push({ line: row.line, reason: t(duplicateReason(row), earlier) });
      continue;
    }
    seen.set(identity, row.line);
    const match = matchOf(row);
    // A person reached by an earlier row (another connection of the same name and company) is not updated twice.
    if (match && !claimed.has(match.id)) {
      claimed.add(match.id);
      const updated = mergeConnection(match, connection, now);
      if (updated) plan.update.push(updated);
      plan.connections.push({ line: row.line, connection, personId: match.id });
    } else plan.connections.push({ line: row.line, connection });
  }
  return plan;
}

function duplicateReason(row: ConnectionRow) {
  if (row.profileUrl) return 'importSkipDuplicateProfile' as const;
  return row.company ? ('importSkipDuplicateNameCompany' as const) : ('importSkipDuplicateName' as const);
}
