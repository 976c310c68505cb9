/**
 * Stamps the changes the capture recorded (oldest first) with this device's
 * clock, merges them into the merge state, and appends them to the open
 * batch. Runs inside the caller's transaction over people, outbox, syncRows
 * and syncState (stampTables) — in the one that applies other devices'
 * changes, before it applies them: a change made here before those arrived
 * is stamped with what this device knew when it was made.
 */
import { nextStamp } from '@/lib/domain/sync/hlc';
import { applyChange, rowId, type RowState } from '@/lib/domain/sync/merge';
import { stampChange } from '@/lib/domain/sync/stamp';
import type { Change } from '@/lib/domain/sync/change';
import type { InroadsDb } from '@/lib/store/database';
import { handOverProfileUrls } from './profile-urls';
import { appendToOpenBatch, readClock, readDevice, writeClock } from './state';

/** The tables a stamping transaction holds. */
export const stampTables = (db: InroadsDb) => [db.people, db.outbox, db.syncRows, db.syncState];

/** How many changes were stamped. */
export async function stampOutbox(db: InroadsDb, now: number): Promise<number> {
  const entries = await db.outbox.toArray();
  const device = await readDevice(db);
  if (entries.length === 0 || !device) return 0;
  const ids = [...new Set(entries.map((entry) => rowId(entry.t, entry.k)))];
  const stored = await db.syncRows.bulkGet(ids);
  const states = new Map<string, RowState | undefined>(ids.map((id, i) => [id, stored[i]]));
  let clock = await readClock(db);
  const changes: Change[] = [];
  // Profile URLs a person deleted (or moved) here let go of: another person may hold them now.
  const released = new Set<string>();
  for (const entry of entries) {
    const id = rowId(entry.t, entry.k);
    const url = entry.t === 'people' ? states.get(id)?.c.profileUrl?.v : undefined;
    if (typeof url === 'string' && (entry.del || entry.unset?.includes('profileUrl') || (entry.set && 'profileUrl' in entry.set))) released.add(url);
    const next = nextStamp(clock, now, device.deviceId, entry.wall);
    clock = next.clock;
    const change = stampChange(entry, next.stamp, states.get(id));
    states.set(id, applyChange(states.get(id), change));
    changes.push(change);
  }
  await db.syncRows.bulkPut([...states.values()].filter((state): state is RowState => !!state));
  await writeClock(db, clock);
  await appendToOpenBatch(db, changes);
  await db.outbox.bulkDelete(entries.map((entry) => entry.id!));
  await handOverProfileUrls(db, released);
  return changes.length;
}
