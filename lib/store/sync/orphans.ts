/**
 * Touches and meetings whose person is not on this device: the person was
 * deleted on one device while another logged a touch for them, or the touch
 * arrived before its person (batches of two devices applied in either order).
 * Such a row is never written into the app's tables — a backup would refuse
 * it ("a touch for nobody") — but held: its merge state stays in syncRows and
 * its key in the 'held' row, and it is written as soon as its person is here.
 * Runs inside the projection's transaction.
 */
import { Dexie } from 'dexie';
import { rowId } from '@/lib/domain/sync/merge';
import type { InroadsDb } from '@/lib/store/database';
import type { HeldRow } from './tables';

type Row = Record<string, unknown>;
export type HistoryTable = 'touches' | 'meetings';

async function readHeld(db: InroadsDb): Promise<Record<string, string>> {
  return ((await db.syncState.get('held')) as HeldRow | undefined)?.rows ?? {};
}

async function writeHeld(db: InroadsDb, rows: Record<string, string>): Promise<void> {
  if (Object.keys(rows).length === 0) await db.syncState.delete('held');
  else await db.syncState.put({ key: 'held', rows });
}

/** The syncRows ids held back (a record's own id: table and key). */
export async function heldIds(db: InroadsDb): Promise<Set<string>> {
  return new Set(Object.keys(await readHeld(db)));
}

/** The rows whose person is here; the others are held (and any stored copy of them removed). */
export async function withoutOrphans(db: InroadsDb, table: HistoryTable, rows: Row[]): Promise<Row[]> {
  if (rows.length === 0) return rows;
  const ids = [...new Set(rows.map((row) => String(row.personId)))];
  const found = await db.people.bulkGet(ids);
  const present = new Set(ids.filter((_, i) => found[i]));
  const orphans = rows.filter((row) => !present.has(String(row.personId)));
  if (orphans.length === 0) return rows;
  const held = await readHeld(db);
  for (const row of orphans) held[rowId(table, String(row.id))] = String(row.personId);
  await writeHeld(db, held);
  await db.table(table).bulkDelete(orphans.map((row) => String(row.id)));
  return rows.filter((row) => present.has(String(row.personId)));
}

/** People deleted here by sync: their touches and meetings leave the tables, held in case the person comes back. */
export async function holdHistoryOf(db: InroadsDb, personIds: readonly string[]): Promise<void> {
  if (personIds.length === 0) return;
  const held = await readHeld(db);
  for (const table of ['touches', 'meetings'] as const) {
    for (const personId of personIds) {
      const range = db[table].where('[personId+at]').between([personId, Dexie.minKey], [personId, Dexie.maxKey]);
      const keys = (await range.primaryKeys()) as string[];
      for (const key of keys) held[rowId(table, key)] = personId;
      await db[table].bulkDelete(keys);
    }
  }
  await writeHeld(db, held);
}

/** The held records whose person is here now (their merge states, to project), no longer held. */
export async function releaseHeld(db: InroadsDb, personIds: ReadonlySet<string>) {
  const held = await readHeld(db);
  const ready = Object.keys(held).filter((id) => personIds.has(held[id]!));
  if (ready.length === 0) return [];
  for (const id of ready) delete held[id];
  await writeHeld(db, held);
  return (await db.syncRows.bulkGet(ready)).filter((state) => state !== undefined);
}
