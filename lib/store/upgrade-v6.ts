/**
 * Schema version 6's upgrade: the company index. Every person with a company
 * gets its derived `companyKey`; every bucket of the contact directory gets
 * its `companyKeys` (the "who do I know at …" index). Nothing else changes.
 */
import type { Transaction } from 'dexie';
import type { Connection } from '@/lib/domain/model/connection';
import { bucketRow, type ConnectionBucket } from '@/lib/domain/directory/buckets';
import { withCompanyKey } from './derived-keys';

type Row = Record<string, unknown>;

export async function companyIndex(tx: Transaction): Promise<void> {
  const people = tx.table<Row, string>('people');
  const stored = await people.toArray();
  const keyed = stored.map(withCompanyKey).filter((person, i) => person !== stored[i]);
  if (keyed.length > 0) await people.bulkPut(keyed);
  const buckets = tx.table<ConnectionBucket, number>('connections');
  const rows = await buckets.toArray();
  await buckets.bulkPut(rows.map((row) => bucketRow(row.bucket, row.contacts as Connection[])));
}
