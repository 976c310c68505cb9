/**
 * Compaction: now and then a device writes its whole merged state as a
 * snapshot, so a new device starts from it instead of every batch ever
 * written. The device then deletes its own files the previous snapshot
 * already covered (never another device's): a device that still needed one
 * of them finds the gap and reads the snapshot instead.
 */
import { encodeFile, type SyncFile } from '@/lib/domain/sync/batch';
import { batchPath, deviceFolder, parseFileName, snapshotPath } from '@/lib/domain/sync/layout';
import { LATEST_DB_VERSION } from '@/lib/store/database';
import { readCursors, readDevice, sealedBatches } from '@/lib/store/sync/state';
import type { Transfer } from './transfer';

/** Batches of this device between two snapshots. */
export const SNAPSHOT_EVERY = 25;

/** Writes a snapshot when SNAPSHOT_EVERY batches went up since the last; whether it did. */
export async function compact({ db, dav, me, key }: Transfer): Promise<boolean> {
  const device = await readDevice(db);
  if (!device) return false;
  const last = device.nextSeq - 1;
  if (last - device.snapshotSeq < SNAPSHOT_EVERY || (await sealedBatches(db)).length > 0) return false;
  const rows = await db.syncRows.toArray();
  const cursors = { ...(await readCursors(db)), [me]: last };
  const path = snapshotPath(me, last);
  const file: SyncFile = { kind: 'snapshot', schema: LATEST_DB_VERSION, device: me, seq: last, cursors, rows };
  await dav.put(path, await encodeFile(key, file, path));
  const previous = device.snapshotSeq;
  await db.syncState.put({ ...device, snapshotSeq: last });
  for (const name of ((await dav.list(deviceFolder(me))) ?? []).flatMap((e) => parseFileName(e.name) ?? [])) {
    if (name.kind === 'batch' && name.seq <= previous) await dav.remove(batchPath(me, name.seq));
    if (name.kind === 'snapshot' && name.seq < last) await dav.remove(snapshotPath(me, name.seq));
  }
  return true;
}
