/**
 * The contact directory's storage: imported connections packed into a fixed
 * number of rows ("buckets") instead of one row each.
 *
 * IndexedDB's cost is per row: in Chromium, writing 30,000 one-field rows takes
 * about 3 s whatever their size, while the same 30,000 connections packed in
 * 512 rows take about 0.2 s (0.6 s with the name index). A connection's bucket
 * comes from its key (its profile URL, else its name and company), so one row
 * read finds it by URL; the multi-entry `nameKeys` index finds it by name,
 * `companyKeys` by company.
 *
 * CONNECTION_BUCKETS and bucketOf are part of the stored format: changing
 * either needs a schema version that repacks every row. Pure (no Dexie).
 */
import type { Connection } from '@/lib/domain/model/connection';
import type { Person } from '@/lib/domain/model/person';
import { connectionKey, matchKey } from '@/lib/domain/identity/person-match';
import { companyKey } from '@/lib/domain/companies/company-key';

export { connectionKey };

/** One stored row of the contact directory. */
export interface ConnectionBucket {
  bucket: number;
  contacts: Connection[];
  /** matchKey of every contact's name (multi-entry index: lookups by name). */
  nameKeys: string[];
  /** companyKey of every contact's company (multi-entry index: "who do I know at …"; schema v5). */
  companyKeys: string[];
}

export const CONNECTION_BUCKETS = 512;

/** FNV-1a (32 bits) of the key, modulo the bucket count: stable across releases and engines. */
export function bucketOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % CONNECTION_BUCKETS;
}

export type ConnectionOutcome = 'added' | 'updated' | 'unchanged';

const FIELDS = ['profileUrl', 'name', 'company', 'position', 'email', 'connectedOn'] as const;

/**
 * A connection as stored after a newer export: the export's name, company and
 * position (people change jobs); its e-mail and date only when it has them
 * (LinkedIn leaves the e-mail out when the contact hides it).
 */
export function mergeConnection(stored: Connection | undefined, incoming: Connection): Connection {
  if (!stored) return incoming;
  const next: Connection = { ...incoming };
  if (next.email === undefined && stored.email !== undefined) next.email = stored.email;
  if (next.connectedOn === undefined && stored.connectedOn !== undefined) next.connectedOn = stored.connectedOn;
  return next;
}

const sameConnection = (a: Connection, b: Connection) => FIELDS.every((field) => a[field] === b[field]);

const distinctKeys = (keys: string[]) => [...new Set(keys.filter((k) => k !== ''))];

/** A bucket row with its name and company indexes rebuilt. */
export function bucketRow(bucket: number, contacts: Connection[]): ConnectionBucket {
  return {
    bucket,
    contacts,
    nameKeys: distinctKeys(contacts.map((c) => matchKey(c.name))),
    companyKeys: distinctKeys(contacts.map((c) => companyKey(c.company))),
  };
}

/** Connections grouped by bucket, later duplicates of a key merged into the first. */
export function groupByBucket(contacts: readonly Connection[]): Map<number, Connection[]> {
  const groups = new Map<number, Connection[]>();
  for (const contact of contacts) {
    const bucket = bucketOf(connectionKey(contact));
    const group = groups.get(bucket);
    if (group) group.push(contact);
    else groups.set(bucket, [contact]);
  }
  return groups;
}

/**
 * Merges incoming connections into a stored bucket (undefined when the bucket
 * is empty): the new row and each incoming connection's outcome, by key.
 */
export function mergeIntoBucket(
  bucket: number,
  stored: ConnectionBucket | undefined,
  incoming: readonly Connection[],
  outcomes: Map<string, ConnectionOutcome>,
): ConnectionBucket {
  const byKey = new Map((stored?.contacts ?? []).map((c) => [connectionKey(c), c]));
  for (const contact of incoming) {
    const key = connectionKey(contact);
    const before = byKey.get(key);
    const next = mergeConnection(before, contact);
    byKey.set(key, next);
    outcomes.set(key, !before ? 'added' : sameConnection(before, next) ? 'unchanged' : 'updated');
  }
  return bucketRow(bucket, [...byKey.values()]);
}

/** Packs connections into bucket rows (a fresh directory: restore, schema upgrade). */
export function packConnections(contacts: readonly Connection[]): ConnectionBucket[] {
  const outcomes = new Map<string, ConnectionOutcome>();
  return [...groupByBucket(contacts)].map(([bucket, group]) => mergeIntoBucket(bucket, undefined, group, outcomes));
}

/** The connection fields of a person imported before the directory existed (schema v3 upgrade). */
export function connectionOfPerson(person: Pick<Person, (typeof FIELDS)[number]>): Connection {
  const contact: Connection = { name: person.name };
  for (const field of FIELDS)
    if (person[field] !== undefined) (contact as Record<string, unknown>)[field] = person[field];
  return contact;
}
