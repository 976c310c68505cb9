/**
 * The contact directory: the user's LinkedIn connections from Connections.csv
 * (packed storage in connection-buckets.ts). The approach rules read it to know
 * who is 1st-degree; the Connections view lists it; a profile view or "Add as
 * target" makes a Person of a connection when the user starts dealing with them.
 */
import type { Connection } from '@/lib/domain/model/connection';
import { matchKey } from '@/lib/domain/identity/person-match';
import {
  bucketOf,
  connectionKey,
  groupByBucket,
  mergeIntoBucket,
  type ConnectionBucket,
  type ConnectionOutcome,
} from '@/lib/domain/directory/buckets';
import type { Person } from '@/lib/domain/model/person';
import type { InroadsDb } from '@/lib/store/database';

/** The stored connections with these profile URLs (one row read per distinct bucket). */
export async function connectionsByUrl(db: InroadsDb, urls: readonly string[]): Promise<Connection[]> {
  const wanted = new Set(urls.filter((url) => url !== ''));
  if (wanted.size === 0) return [];
  const rows = await db.connections.bulkGet([...new Set([...wanted].map(bucketOf))]);
  return rows.flatMap(
    (row) => row?.contacts.filter((c) => c.profileUrl !== undefined && wanted.has(c.profileUrl)) ?? [],
  );
}

/** The stored connection with this profile URL, if any. */
export async function connectionByUrl(db: InroadsDb, url: string | undefined): Promise<Connection | undefined> {
  return url ? (await connectionsByUrl(db, [url]))[0] : undefined;
}

/** The stored connections named so (case-, accent- and punctuation-insensitive). */
export async function connectionsByName(db: InroadsDb, names: readonly string[]): Promise<Connection[]> {
  const keys = [...new Set(names.map(matchKey).filter((key) => key !== ''))];
  if (keys.length === 0) return [];
  const rows = await db.connections.where('nameKeys').anyOf(keys).distinct().toArray();
  const wanted = new Set(keys);
  return rows.flatMap((row) => row.contacts.filter((c) => wanted.has(matchKey(c.name))));
}

/** The meta row holding the epoch ms of the last change to the contact directory (the backup nudge reads it). */
export const CONNECTIONS_CHANGED_KEY = 'connectionsChangedAt';

/** Every stored connection, in no particular order. */
export async function loadConnections(db: InroadsDb): Promise<Connection[]> {
  return (await db.connections.toArray()).flatMap((row) => row.contacts);
}

/** How many connections are stored. */
export async function countConnections(db: InroadsDb): Promise<number> {
  let count = 0;
  await db.connections.each((row) => (count += row.contacts.length));
  return count;
}

/**
 * Merges connections into the stored buckets, inside the caller's transaction
 * (which must include db.connections): each connection's outcome, by key.
 */
export async function mergeConnections(
  db: InroadsDb,
  contacts: readonly Connection[],
): Promise<Map<string, ConnectionOutcome>> {
  const outcomes = new Map<string, ConnectionOutcome>();
  const groups = [...groupByBucket(contacts)];
  if (groups.length === 0) return outcomes;
  const stored = await db.connections.bulkGet(groups.map(([bucket]) => bucket));
  const rows: ConnectionBucket[] = groups.map(([bucket, group], i) =>
    mergeIntoBucket(bucket, stored[i], group, outcomes),
  );
  await db.connections.bulkPut(rows);
  return outcomes;
}

/**
 * The stored person a connection already is: same profile URL, else (a
 * connection without one, from an old export) the same name and company,
 * ignoring case and accents as an import matches. One click's look-up: the
 * name and company case reads every person.
 */
export async function personOfConnection(db: InroadsDb, connection: Connection): Promise<Person | undefined> {
  if (connection.profileUrl) return db.people.where('profileUrl').equals(connection.profileUrl).first();
  const key = connectionKey(connection);
  return db.people.filter((person) => connectionKey({ name: person.name, company: person.company }) === key).first();
}

/** Deletes the whole contact directory (people are kept); the backup nudge counts it as a change. */
export async function forgetConnections(db: InroadsDb, now: number): Promise<void> {
  await db.transaction('rw', db.connections, db.meta, async () => {
    await db.connections.clear();
    await db.meta.put({ key: CONNECTIONS_CHANGED_KEY, value: now });
  });
}

export { connectionKey };
