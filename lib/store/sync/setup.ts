/**
 * Turning sync on and off on this device. On: the server and its key are
 * remembered, capture starts, and everything not yet known to sync is
 * captured (reconcile.ts) — in one transaction, so no write falls between.
 * Another server (or the same folder started afresh) means a fresh start:
 * a new device id, and the merge state and queue of the old one dropped.
 * Off: capture stops and the app password and key are forgotten; the merge
 * state stays, so turning sync on again sends only what changed meanwhile.
 */
import { newDeviceId } from '@/lib/domain/sync/hlc';
import type { InroadsDb } from '@/lib/store/database';
import { applyTables } from './apply';
import { reconcile } from './reconcile';
import { readDevice } from './state';
import type { DeviceRow } from './tables';

export interface SyncSetup {
  folder: string;
  user: string;
  password: string;
  cryptoKey: CryptoKey;
  /** The server's keys.json salt. */
  keysId: string;
}

async function freshStart(db: InroadsDb): Promise<DeviceRow> {
  await db.syncRows.clear();
  await db.outbox.clear();
  await db.syncState.clear();
  return { key: 'device', deviceId: newDeviceId(), capturing: false, nextSeq: 1, snapshotSeq: 0 };
}

/** Turns sync on with a server whose key was checked; how many changes await the first upload. */
export async function turnSyncOn(db: InroadsDb, setup: SyncSetup, now: number): Promise<number> {
  return db.transaction('rw', applyTables(db), async () => {
    let device = await readDevice(db);
    if (!device || device.folder !== setup.folder || device.keysId !== setup.keysId) device = await freshStart(db);
    await db.syncState.put({ ...device, capturing: true, folder: setup.folder, user: setup.user, keysId: setup.keysId });
    await db.syncState.put({ key: 'secret', password: setup.password, cryptoKey: setup.cryptoKey });
    return reconcile(db, now);
  });
}

/** Turns sync off: nothing is captured any more, and the app password and key are forgotten. */
export async function turnSyncOff(db: InroadsDb): Promise<void> {
  await db.transaction('rw', db.syncState, async () => {
    const device = await readDevice(db);
    if (device) await db.syncState.put({ ...device, capturing: false });
    await db.syncState.delete('secret');
  });
}
