/**
 * When sync is turned on: whatever differs between the app's tables and the
 * merge state (everything, the first time; what changed while sync was off,
 * later) becomes captured changes: a record sync never saw is dated by the
 * row itself (updatedAt, createdAt …), so an older row never wins over a later
 * edit made on another device; a record it knew, changed while sync was off,
 * is dated now. Runs inside the caller's transaction (applyTables).
 */
import { diffRecord, KEY_FIELD, SYNCED_TABLES, type Fields, type LocalChange, type SyncedTable } from '@/lib/domain/sync/change';
import { visibleFields, type RowState } from '@/lib/domain/sync/merge';
import { connectionKey } from '@/lib/domain/directory/buckets';
import type { InroadsDb } from '@/lib/store/database';
import { CONNECTIONS_CHANGED_KEY } from '@/lib/store/directory/connections';
import { SETTINGS_KEY } from '@/lib/store/settings/settings';
import { heldIds } from './orphans';

type Row = Record<string, unknown>;

/** The date a row carries, to stamp a change found in it (1: the earliest, for rows without one). */
const DATE_FIELD: Partial<Record<SyncedTable, string>> = {
  people: 'updatedAt',
  touches: 'createdAt',
  meetings: 'updatedAt',
  templates: 'updatedAt',
  clips: 'savedAt',
  companies: 'updatedAt',
  objectives: 'updatedAt',
};

const dateOf = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 1);

async function statesOf(db: InroadsDb, table: SyncedTable): Promise<Map<string, RowState>> {
  const states = await db.syncRows.where('id').between(`${table}/`, `${table}/\uffff`).toArray();
  return new Map(states.map((state) => [state.k, state]));
}

/** The records of a table as the app stores them, by key. */
async function recordsOf(db: InroadsDb, table: SyncedTable): Promise<Map<string, Row>> {
  if (table === 'connections') {
    const contacts = (await db.connections.toArray()).flatMap((row) => row.contacts);
    return new Map(contacts.map((contact) => [connectionKey(contact), contact as unknown as Row]));
  }
  if (table === 'meta') {
    const settings = await db.meta.get(SETTINGS_KEY);
    return new Map(settings ? [[SETTINGS_KEY, settings as unknown as Row]] : []);
  }
  const rows = (await (db[table] as unknown as { toArray(): Promise<Row[]> }).toArray()) as Row[];
  return new Map(rows.map((row) => [String(row[KEY_FIELD[table]]), row]));
}

/** A merged record in the shape diffRecord reads for this table. */
function asRow(table: SyncedTable, fields: Fields | undefined): Row | undefined {
  if (!fields) return undefined;
  return table === 'meta' ? { key: SETTINGS_KEY, value: fields } : fields;
}

/** Captures the differences between the tables and the merge state; how many. */
export async function reconcile(db: InroadsDb, now: number): Promise<number> {
  const changes: LocalChange[] = [];
  const directoryDate = dateOf((await db.meta.get(CONNECTIONS_CHANGED_KEY))?.value);
  // Touches and meetings held back for want of their person are not deletions (orphans.ts).
  const held = await heldIds(db);
  for (const table of SYNCED_TABLES) {
    const [records, states] = await Promise.all([recordsOf(db, table), statesOf(db, table)]);
    const dateField = DATE_FIELD[table];
    for (const [key, row] of records) {
      const change = diffRecord(table, key, asRow(table, states.get(key) && visibleFields(states.get(key)!)), row);
      if (!change) continue;
      // A record sync already knew was changed here while sync was off: that change is the newest this
      // device knows of (dated now, so it wins over the state it replaces). A record sync never saw is
      // dated by the row itself, so an old row never wins over a later edit made on another device.
      change.wall = states.has(key) ? now : table === 'connections' ? directoryDate : dateField ? dateOf(row[dateField]) : 1;
      changes.push(change);
    }
    for (const [key, state] of states) {
      if (!records.has(key) && !held.has(state.id) && visibleFields(state)) changes.push({ t: table, k: key, del: true, wall: now });
    }
  }
  for (let start = 0; start < changes.length; start += 5000) await db.outbox.bulkAdd(changes.slice(start, start + 5000));
  return changes.length;
}
