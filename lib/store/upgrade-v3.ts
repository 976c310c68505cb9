import type { Transaction } from 'dexie';
import type { Person } from '@/lib/domain/model';
import { connectionOfPerson, packConnections, type ConnectionBucket } from '@/lib/domain/directory/buckets';

/** Version 3's upgrade: every person with a connected-on date becomes a directory entry too. */
export async function copyImportedPeople(tx: Transaction): Promise<void> {
  const imported = await tx
    .table<Person>('people')
    .filter((person) => person.connectedOn !== undefined && person.name.trim() !== '')
    .toArray();
  await tx.table<ConnectionBucket>('connections').bulkPut(packConnections(imported.map(connectionOfPerson)));
}
