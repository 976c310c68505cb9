/**
 * Reading and writing sync's own state (syncState rows, tables.ts), and the
 * queue of stamped changes waiting for upload: an open batch that stamping
 * appends to, sealed under a sequence number just before its first upload
 * (from then on its content never changes, so a retried upload rewrites the
 * same file with the same changes).
 */
import { ZERO_CLOCK, type Clock } from '@/lib/domain/sync/hlc';
import type { Change } from '@/lib/domain/sync/change';
import type { InroadsDb } from '@/lib/store/database';
import {
  OPEN_BATCH,
  sealedKey,
  type BatchRow,
  type ClockRow,
  type CursorsRow,
  type DeviceRow,
  type SecretRow,
  type StatusRow,
} from './tables';

/** Changes per batch file at most (a first upload of a large database goes in several). */
export const BATCH_LIMIT = 5000;

export const readDevice = async (db: InroadsDb) => (await db.syncState.get('device')) as DeviceRow | undefined;
export const readSecret = async (db: InroadsDb) => (await db.syncState.get('secret')) as SecretRow | undefined;

export async function readClock(db: InroadsDb): Promise<Clock> {
  const row = (await db.syncState.get('clock')) as ClockRow | undefined;
  return row ? { wall: row.wall, counter: row.counter } : ZERO_CLOCK;
}

export const writeClock = (db: InroadsDb, clock: Clock) => db.syncState.put({ key: 'clock', ...clock });

export async function readCursors(db: InroadsDb): Promise<Record<string, number>> {
  return ((await db.syncState.get('cursors')) as CursorsRow | undefined)?.cursors ?? {};
}

export const writeCursors = (db: InroadsDb, cursors: Record<string, number>) =>
  db.syncState.put({ key: 'cursors', cursors });

export async function readStatus(db: InroadsDb): Promise<StatusRow> {
  return ((await db.syncState.get('status')) as StatusRow | undefined) ?? { key: 'status', waiting: 0 };
}

export async function updateStatus(db: InroadsDb, change: Partial<Omit<StatusRow, 'key'>>): Promise<StatusRow> {
  const next: StatusRow = { ...(await readStatus(db)), ...change };
  for (const [field, value] of Object.entries(change)) if (value === undefined) delete (next as unknown as Record<string, unknown>)[field];
  await db.syncState.put(next);
  return next;
}

/** Appends stamped changes to the open batch (inside the caller's transaction over syncState). */
export async function appendToOpenBatch(db: InroadsDb, changes: Change[]): Promise<void> {
  if (changes.length === 0) return;
  const open = (await db.syncState.get(OPEN_BATCH)) as BatchRow | undefined;
  await db.syncState.put({ key: OPEN_BATCH, changes: [...(open?.changes ?? []), ...changes] });
  const status = await readStatus(db);
  await db.syncState.put({ ...status, waiting: status.waiting + changes.length });
}

/** Seals the open batch under the next sequence numbers (BATCH_LIMIT changes each); one transaction. */
export async function sealOpenBatch(db: InroadsDb): Promise<void> {
  await db.transaction('rw', db.syncState, async () => {
    const open = (await db.syncState.get(OPEN_BATCH)) as BatchRow | undefined;
    const device = await readDevice(db);
    if (!open || open.changes.length === 0 || !device) return;
    let seq = device.nextSeq;
    for (let start = 0; start < open.changes.length; start += BATCH_LIMIT) {
      await db.syncState.put({ key: sealedKey(seq), seq, changes: open.changes.slice(start, start + BATCH_LIMIT) });
      seq += 1;
    }
    await db.syncState.delete(OPEN_BATCH);
    await db.syncState.put({ ...device, nextSeq: seq });
  });
}

/** Sealed batches waiting for upload, oldest first. */
export async function sealedBatches(db: InroadsDb): Promise<BatchRow[]> {
  const rows = await db.syncState.where('key').between('batch:0', 'batch:9\uffff').toArray();
  return (rows as BatchRow[]).sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
}

/** A sealed batch is on the server: it leaves the queue. */
export async function batchUploaded(db: InroadsDb, batch: BatchRow): Promise<void> {
  await db.transaction('rw', db.syncState, async () => {
    await db.syncState.delete(batch.key);
    const status = await readStatus(db);
    await db.syncState.put({ ...status, waiting: Math.max(0, status.waiting - batch.changes.length) });
  });
}
