/**
 * Moving files: this device's batches up (each sealed batch, oldest first;
 * one cut half-way is sent again whole, under the same name, next time),
 * other devices' batches and snapshots down, applied in order.
 */
import { decodeFile, encodeFile, type SyncFile } from '@/lib/domain/sync/batch';
import { batchPath, deviceFolder, DEVICES_PATH, isDeviceId, parseFileName, snapshotPath, type FileName } from '@/lib/domain/sync/layout';
import type { Dav } from '@/lib/platform/webdav';
import { LATEST_DB_VERSION, type InroadsDb } from '@/lib/store/database';
import { applyIncoming, recomputeAffected, statesOfChanges, type Applied } from '@/lib/store/sync/apply';
import { batchUploaded, readCursors, sealedBatches, sealOpenBatch, writeCursors } from '@/lib/store/sync/state';
import { SyncFailure } from './failure';

export interface Transfer {
  db: InroadsDb;
  dav: Dav;
  me: string;
  key: CryptoKey;
  now(): number;
}

/** Uploads every batch waiting; how many. */
export async function uploadBatches({ db, dav, me, key }: Transfer): Promise<number> {
  await sealOpenBatch(db);
  const batches = await sealedBatches(db);
  if (batches.length > 0) await dav.mkcol(deviceFolder(me));
  for (const batch of batches) {
    const path = batchPath(me, batch.seq!);
    const file: SyncFile = { kind: 'batch', schema: LATEST_DB_VERSION, device: me, seq: batch.seq!, changes: batch.changes };
    await dav.put(path, await encodeFile(key, file, path));
    await batchUploaded(db, batch);
  }
  return batches.length;
}

async function fetchFile(t: Transfer, path: string): Promise<SyncFile | undefined> {
  const bytes = await t.dav.get(path);
  if (!bytes) return undefined;
  const decoded = await decodeFile(t.key, bytes, path, LATEST_DB_VERSION);
  if (!decoded.ok) throw new SyncFailure(decoded.problem);
  return decoded.file;
}

/** The other devices' files: their batch and snapshot numbers. */
async function listOthers(t: Transfer): Promise<Map<string, FileName[]>> {
  const devices = ((await t.dav.list(DEVICES_PATH)) ?? []).filter((e) => e.folder && isDeviceId(e.name) && e.name !== t.me);
  const files = new Map<string, FileName[]>();
  for (const { name } of devices) {
    files.set(name, ((await t.dav.list(deviceFolder(name))) ?? []).flatMap((e) => parseFileName(e.name) ?? []));
  }
  return files;
}

const seqs = (files: FileName[], kind: FileName['kind'], after = 0) =>
  files.filter((f) => f.kind === kind && f.seq > after).map((f) => f.seq).sort((a, b) => a - b);

/**
 * A device needs its snapshot when it is new here (a new device starts from
 * the snapshot, then reads only later batches) or when the next batch it
 * needs is gone (its writer compacted it away).
 */
function snapshotNeeded(files: FileName[], cursor: number): number | undefined {
  const newest = seqs(files, 'snapshot').at(-1);
  if (newest === undefined || newest <= cursor) return undefined;
  const next = seqs(files, 'batch', cursor)[0];
  return cursor === 0 || (next !== undefined && next !== cursor + 1) || next === undefined ? newest : undefined;
}

/** Applies everything other devices wrote since last time; how many files. */
export async function downloadChanges(t: Transfer): Promise<number> {
  const others = await listOthers(t);
  const cursors = await readCursors(t.db);
  const affected: Pick<Applied, 'people' | 'settings'> = { people: new Set(), settings: false };
  const note = (done: Applied) => {
    done.people.forEach((id) => affected.people.add(id));
    affected.settings ||= done.settings;
  };
  let applied = 0;
  try {
    applied = await downloadInto(t, others, cursors, note);
  } finally {
    // What is owed is recomputed once for all the batches applied (also when a later one failed).
    await recomputeAffected(t.db, affected, t.now());
  }
  return applied;
}

async function downloadInto(
  t: Transfer,
  others: Map<string, FileName[]>,
  cursors: Record<string, number>,
  note: (done: Applied) => void,
): Promise<number> {
  let applied = 0;
  for (const [device, files] of others) {
    const seq = snapshotNeeded(files, cursors[device] ?? 0);
    if (seq === undefined) continue;
    const file = await fetchFile(t, snapshotPath(device, seq));
    if (file?.kind !== 'snapshot' || file.device !== device || file.seq !== seq) continue;
    note(await applyIncoming(t.db, file.rows, t.now(), false));
    for (const [other, covered] of Object.entries({ ...file.cursors, [device]: seq })) {
      if (other !== t.me && covered > (cursors[other] ?? 0)) cursors[other] = covered;
    }
    await writeCursors(t.db, { ...cursors });
    applied += 1;
  }
  for (const [device, files] of others) {
    for (const seq of seqs(files, 'batch', cursors[device] ?? 0)) {
      if (seq !== (cursors[device] ?? 0) + 1) throw new SyncFailure('damaged', `missing ${device}/${(cursors[device] ?? 0) + 1}`);
      const path = batchPath(device, seq);
      const file = await fetchFile(t, path);
      // Gone since the listing (its writer compacted it): the snapshot covers it next time.
      if (!file) break;
      if (file.kind !== 'batch' || file.device !== device || file.seq !== seq) throw new SyncFailure('damaged', path);
      const states = statesOfChanges(file.changes);
      note(await applyIncoming(t.db, states, t.now(), false));
      cursors[device] = seq;
      await writeCursors(t.db, { ...cursors });
      applied += 1;
    }
  }
  return applied;
}
