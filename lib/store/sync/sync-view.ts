/** What the interface shows of sync: on or off, the server, and the status (live-query friendly: small reads). */
import type { SyncStatusInput } from '@/lib/domain/sync/status';
import type { InroadsDb } from '@/lib/store/database';
import { readDevice, readStatus } from './state';

export interface SyncView extends SyncStatusInput {
  on: boolean;
  folder?: string;
  user?: string;
}

export async function readSyncView(db: InroadsDb): Promise<SyncView> {
  const [device, status, captured] = await Promise.all([readDevice(db), readStatus(db), db.outbox.count()]);
  const view: SyncView = { on: device?.capturing === true, waiting: status.waiting + captured };
  if (device?.folder) view.folder = device.folder;
  if (device?.user) view.user = device.user;
  if (status.lastSyncAt !== undefined) view.lastSyncAt = status.lastSyncAt;
  if (status.error) view.error = status.error;
  return view;
}
