/**
 * One sync run, in the service worker: stamp this device's changes, upload
 * them, apply what other devices wrote, compact now and then, and record the
 * outcome for the status line. Runs one at a time; a request during a run
 * makes it run once more after. Nothing here blocks the interface: pages
 * only see the database change (live queries).
 */
import { originPattern } from '@/lib/domain/sync/layout';
import { createDav } from '@/lib/platform/webdav';
import type { InroadsDb } from '@/lib/store/database';
import { readDevice, readSecret, readStatus, updateStatus } from '@/lib/store/sync/state';
import { stampOutbox, stampTables } from '@/lib/store/sync/stamp-outbox';
import { compact } from './compact';
import { failureOf, SyncFailure } from './failure';
import { downloadChanges, uploadBatches, type Transfer } from './transfer';

export interface RunnerDeps {
  db: InroadsDb;
  now(): number;
  hasPermission(pattern: string): Promise<boolean>;
  fetch?: typeof fetch;
}

async function runOnce(deps: RunnerDeps): Promise<void> {
  const { db, now } = deps;
  const [device, secret] = await Promise.all([readDevice(db), readSecret(db)]);
  if (!device?.capturing || !secret || !device.folder || !device.user) return;
  await updateStatus(db, { lastAttemptAt: now() });
  try {
    if (!(await deps.hasPermission(originPattern(device.folder)))) throw new SyncFailure('permission');
    const dav = createDav({ folder: device.folder, user: device.user, password: secret.password }, deps.fetch);
    const transfer: Transfer = { db, dav, me: device.deviceId, key: secret.cryptoKey, now };
    await db.transaction('rw', stampTables(db), async () => stampOutbox(db, now()));
    await uploadBatches(transfer);
    await downloadChanges(transfer);
    // Changes made here while others' were applied were stamped then: send them now.
    if ((await readStatus(db)).waiting > 0) await uploadBatches(transfer);
    await compact(transfer);
    await updateStatus(db, { lastSyncAt: now(), error: undefined });
  } catch (error) {
    await updateStatus(db, { error: failureOf(error) }).catch(() => undefined);
  }
}

let running: Promise<void> | undefined;
let again = false;

/** Runs sync now (or right after the run in progress); resolves when this device is up to date or failed. */
export function syncNow(deps: RunnerDeps): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    do {
      again = false;
      await runOnce(deps);
    } while (again);
  })().finally(() => {
    running = undefined;
  });
  return running;
}
