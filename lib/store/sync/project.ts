/**
 * Writes merged records into the app's tables (inside the caller's
 * transaction over every synced table and syncRows, which the capture does
 * not record). Each row is validated with the schema every write uses; a row
 * that fails stays out (its merge state is kept) and is counted. A person's
 * next action is computed here, never synced: the caller recomputes it.
 *
 * Two people with the same profile URL (the same profile first viewed on two
 * devices) both stay: the one with the smaller id keeps the URL.
 */
import type { Table } from 'dexie';
import { Company, Connection, Meeting, ObjectiveRecord, Person, ResearchClip, Template, Touch } from '@/lib/domain/model';
import { bucketOf, bucketRow, connectionKey } from '@/lib/domain/directory/buckets';
import { visibleFields, type RowState } from '@/lib/domain/sync/merge';
import { KEY_FIELD, type SyncedTable } from '@/lib/domain/sync/change';
import type { InroadsDb } from '@/lib/store/database';
import { settingsFromStored, SETTINGS_KEY } from '@/lib/store/settings/settings';
import { handOverProfileUrls, shareProfileUrls } from './profile-urls';
import { holdHistoryOf, releaseHeld, withoutOrphans } from './orphans';

type Row = Record<string, unknown>;

export interface Projected {
  /** People whose next action may have changed (their row, touches or meetings changed). */
  people: Set<string>;
  /** The settings changed: what is owed to everyone may have changed. */
  settings: boolean;
  /** Records that did not pass validation (kept in the merge state, not written). */
  invalid: number;
}

const SCHEMAS = {
  people: Person,
  touches: Touch,
  meetings: Meeting,
  templates: Template,
  clips: ResearchClip,
  companies: Company,
  objectives: ObjectiveRecord,
} as const;
type RowTable = keyof typeof SCHEMAS;

/** What a table's projection wrote and deleted (keys). */
interface Written {
  put: string[];
  deleted: string[];
}

async function projectTable(db: InroadsDb, table: RowTable, states: RowState[], out: Projected): Promise<Written> {
  const store = db[table] as unknown as Table<Row, string>;
  const keys = states.map((state) => state.k);
  const local = await store.bulkGet(keys);
  const puts: Row[] = [];
  const deletes: string[] = [];
  states.forEach((state, i) => {
    const before = local[i];
    const fields = visibleFields(state);
    if (before && (table === 'touches' || table === 'meetings')) out.people.add(String(before.personId));
    if (!fields) {
      if (before) deletes.push(state.k);
      return;
    }
    const derived = table === 'people' && before ? { nextAction: before.nextAction, nextActionAt: before.nextActionAt } : {};
    const parsed = SCHEMAS[table].safeParse({ ...fields, ...derived, [KEY_FIELD[table]]: state.k });
    if (!parsed.success) {
      out.invalid += 1;
      return;
    }
    const row = parsed.data as Row;
    if (table === 'people') out.people.add(state.k);
    if (table === 'touches' || table === 'meetings') out.people.add(String(row.personId));
    puts.push(row);
  });
  await store.bulkDelete(deletes);
  const written = (rows: Row[]): Written => ({ put: rows.map((row) => String(row[KEY_FIELD[table]])), deleted: deletes });
  if (table === 'touches' || table === 'meetings') {
    const kept = await withoutOrphans(db, table, puts);
    await store.bulkPut(kept);
    return written(kept);
  }
  if (table !== 'people') {
    await store.bulkPut(puts);
    return written(puts);
  }
  await shareProfileUrls(db, puts);
  // People giving up a profile URL let go of it first, so the unique index never holds it twice.
  const before = new Map(local.filter((row): row is Row => !!row).map((row) => [row.id as string, row.profileUrl as string | undefined]));
  const releasing = puts.filter((row) => before.get(row.id as string) !== undefined && before.get(row.id as string) !== row.profileUrl);
  await store.bulkPut(releasing.map(({ profileUrl: _url, ...rest }) => rest));
  await store.bulkPut(puts);
  const released = [...releasing.map((row) => before.get(row.id as string)), ...deletes.map((id) => before.get(id))];
  await handOverProfileUrls(db, new Set(released.filter((url): url is string => url !== undefined)));
  return written(puts);
}

async function projectConnections(db: InroadsDb, states: RowState[], out: Projected): Promise<void> {
  const byBucket = new Map<number, RowState[]>();
  for (const state of states) {
    const bucket = bucketOf(state.k);
    const list = byBucket.get(bucket);
    if (list) list.push(state);
    else byBucket.set(bucket, [state]);
  }
  const buckets = [...byBucket.keys()];
  const stored = await db.connections.bulkGet(buckets);
  const rows = buckets.map((bucket, i) => {
    const contacts = new Map((stored[i]?.contacts ?? []).map((contact) => [connectionKey(contact), contact]));
    for (const state of byBucket.get(bucket)!) {
      const fields = visibleFields(state);
      const parsed = fields ? Connection.safeParse(fields) : undefined;
      if (parsed && !parsed.success) out.invalid += 1;
      if (parsed?.success) contacts.set(state.k, parsed.data);
      else if (!fields) contacts.delete(state.k);
    }
    return bucketRow(bucket, [...contacts.values()]);
  });
  await db.connections.bulkDelete(rows.filter((row) => row.contacts.length === 0).map((row) => row.bucket));
  await db.connections.bulkPut(rows.filter((row) => row.contacts.length > 0));
}

async function projectMeta(db: InroadsDb, states: RowState[], out: Projected): Promise<void> {
  for (const state of states) {
    if (state.k !== SETTINGS_KEY) continue;
    const fields = visibleFields(state);
    if (fields) await db.meta.put({ key: SETTINGS_KEY, value: settingsFromStored(fields) });
    else await db.meta.delete(SETTINGS_KEY);
    out.settings = true;
  }
}

/** Writes these records' merged state into the app's tables. */
export async function projectRows(db: InroadsDb, states: RowState[]): Promise<Projected> {
  const out: Projected = { people: new Set(), settings: false, invalid: 0 };
  const byTable = new Map<SyncedTable, RowState[]>();
  for (const state of states) {
    const list = byTable.get(state.t);
    if (list) list.push(state);
    else byTable.set(state.t, [state]);
  }
  const people = await projectTable(db, 'people', byTable.get('people') ?? [], out);
  // A person deleted takes their touches and meetings out of the tables; one arriving brings back theirs.
  await holdHistoryOf(db, people.deleted);
  for (const state of await releaseHeld(db, new Set(people.put))) byTable.set(state.t, [...(byTable.get(state.t) ?? []), state]);
  for (const table of ['touches', 'meetings', 'templates', 'clips', 'companies', 'objectives'] as const) {
    const list = byTable.get(table);
    if (list) await projectTable(db, table, list, out);
  }
  if (byTable.has('connections')) await projectConnections(db, byTable.get('connections')!, out);
  if (byTable.has('meta')) await projectMeta(db, byTable.get('meta')!, out);
  return out;
}
