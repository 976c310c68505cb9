/**
 * Versions of a text field (the notes of a person, a meeting or a company) written on two
 * devices at once: the newest is the field's text; the others are offered
 * beside it until the user keeps or discards them.
 */
import { rowId, textVersions, type TextVersion } from '@/lib/domain/sync/merge';
import type { InroadsDb } from '@/lib/store/database';
import { readDevice } from './state';
import { stampOutbox, stampTables } from './stamp-outbox';

export type VersionedTable = 'people' | 'meetings' | 'companies';

/**
 * The versions not shown (every one but the newest), newest first; none while
 * sync is off (the merge state stays, but nothing could be chosen or discarded).
 */
export async function otherVersions(db: InroadsDb, table: VersionedTable, key: string, field = 'notes'): Promise<TextVersion[]> {
  if (!(await readDevice(db))?.capturing) return [];
  const state = await db.syncRows.get(rowId(table, key));
  return state ? textVersions(state, field).slice(1) : [];
}

/**
 * Stamps what this device just changed at once (instead of at the next sync
 * run), so the versions offered reflect a choice the user just made.
 */
export async function stampNow(db: InroadsDb, now: number): Promise<void> {
  await db.transaction('rw', stampTables(db), async () => stampOutbox(db, now));
}

/** Discards a version on every device ("Discard"); keeping one is writing it (an edit replaces the text it edited). */
export async function discardVersion(db: InroadsDb, table: VersionedTable, key: string, stamp: string, now: number, field = 'notes') {
  await db.transaction('rw', db.outbox, db.syncState, async () => {
    if ((await readDevice(db))?.capturing) await db.outbox.add({ t: table, k: key, drop: { [field]: [stamp] } });
  });
  await stampNow(db, now);
}
