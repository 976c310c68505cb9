/**
 * Writing a planned restore inside the caller's one transaction, touching
 * only what differs: rows already stored exactly as in the backup are left
 * alone, stored rows the result lacks are deleted, the rest are put. The
 * tables end up exactly as planned; writing 80,000 identical rows again
 * would only cost time. The contact directory comes last: the backup's
 * connections are packed or merged into its buckets (restore-connections.ts).
 *
 * Progress counts rows, and each connection as one (the numbers match the
 * file's counts); connections are reported a few hundred buckets at a time.
 */
import type { Table } from 'dexie';
import type { RestoreMode, RowTables } from '@/lib/domain/formats';
import type { Connection } from '@/lib/domain/model/connection';
import type { InroadsDb } from '@/lib/store/database';
import { writeRestoredConnections } from '@/lib/store/directory/restore-connections';
import { sameRow } from '@/lib/store/same-row';

export { sameRow } from '@/lib/store/same-row';

/** Rows compared and written per step (progress is reported after each). */
const RESTORE_CHUNK = 2000;

export type RestoreProgress = (done: number, total: number) => void;

type Row = object;

/** One table: deletes stored rows the result lacks, puts the rows that differ. */
async function writeTable(
  table: Table<Row, string>,
  rows: readonly Row[],
  stored: readonly Row[],
  keyOf: (row: Row) => string,
  step: (count: number) => void,
): Promise<void> {
  const storedByKey = new Map(stored.map((row) => [keyOf(row), row]));
  const kept = new Set(rows.map(keyOf));
  const stale = [...storedByKey.keys()].filter((key) => !kept.has(key));
  if (stale.length === storedByKey.size && stale.length > 0) await table.clear();
  else if (stale.length > 0) await table.bulkDelete(stale);
  // Every table gets at least one put, so a failing write always aborts the whole restore.
  // The next chunk is queued while the database writes the previous one (never more than two).
  let writing: Promise<void> | undefined;
  for (let start = 0; start === 0 || start < rows.length; start += RESTORE_CHUNK) {
    const chunk = rows.slice(start, start + RESTORE_CHUNK);
    const changed = chunk.filter((row) => !sameRow(storedByKey.get(keyOf(row)), row));
    const queued = table.bulkPut(changed).then(() => step(chunk.length));
    // Awaited below; this only keeps a failure from being reported as unhandled meanwhile.
    queued.catch(() => undefined);
    if (writing) await writing;
    writing = queued;
  }
  await writing;
}

const byId = (row: Row) => (row as { id: string }).id;
const byKey = (row: Row) => (row as { key: string }).key;

/**
 * Makes every row table hold exactly `result`, given what is `stored` now
 * (both complete tables), then writes the backup's `connections` (replace or
 * merge). Call inside one read-write transaction over every table.
 */
export async function writeRestoredTables(
  db: InroadsDb,
  result: RowTables,
  stored: RowTables,
  connections: { contacts: readonly Connection[]; mode: RestoreMode },
  onProgress?: RestoreProgress,
): Promise<void> {
  const rows = Object.values(result).reduce((sum, table: unknown[]) => sum + table.length, 0);
  const total = rows + connections.contacts.length;
  let done = 0;
  onProgress?.(0, total);
  const step = (count: number) => {
    done += count;
    if (count > 0) onProgress?.(done, total);
  };
  const asTable = (table: unknown) => table as Table<Row, string>;
  await writeTable(asTable(db.people), result.people, stored.people, byId, step);
  await writeTable(asTable(db.touches), result.touches, stored.touches, byId, step);
  await writeTable(asTable(db.meetings), result.meetings, stored.meetings, byId, step);
  await writeTable(asTable(db.templates), result.templates, stored.templates, byId, step);
  await writeTable(asTable(db.clips), result.clips, stored.clips, byId, step);
  await writeTable(asTable(db.meta), result.meta, stored.meta, byKey, step);
  await writeTable(asTable(db.companies), result.companies, stored.companies, byKey, step);
  await writeTable(asTable(db.objectives), result.objectives, stored.objectives, byId, step);
  await writeRestoredConnections(db, connections.contacts, connections.mode, step);
}
