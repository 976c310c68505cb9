/**
 * Captures every change to the synced tables once, at the storage layer: a
 * Dexie DBCore middleware in every Dexie instance (popup, side panel,
 * background). For a read-write transaction over a synced table it adds the
 * outbox and syncState to the transaction, reads whether sync is on inside
 * that transaction (so every context agrees without a cache), and, when it
 * is, reads the rows a write replaces and records what changed, field by
 * field, in the outbox — in the same transaction, so a change and its record
 * commit or fail together.
 *
 * With sync off a write costs one extra read per transaction. Transactions
 * that include syncRows are sync's own (applying other devices' changes):
 * never captured.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { diffRecord, isSyncedTable, SYNCED_META_KEYS, type LocalChange, type SyncedTable } from '@/lib/domain/sync/change';
import { diffBuckets } from '@/lib/domain/sync/bucket-diff';

type Row = Record<string, unknown>;

/** Write transactions that may be captured, and whether sync is on in each (read once). */
const captured = new WeakMap<DBCoreTransaction, { on?: Promise<boolean> }>();

function capturing(down: DBCore, trans: DBCoreTransaction): Promise<boolean> {
  const entry = captured.get(trans)!;
  entry.on ??= down
    .table('syncState')
    .get({ trans, key: 'device' })
    .then((row: { capturing?: boolean } | undefined) => row?.capturing === true);
  return entry.on;
}

const keyOf = (table: DBCoreTable, row: Row) => table.schema.primaryKey.extractKey!(row) as string | number;

/** The rows a write replaces or deletes, by key. */
async function rowsBefore(table: DBCoreTable, req: DBCoreMutateRequest, keys: unknown[]): Promise<Map<unknown, Row>> {
  if (req.type === 'deleteRange') {
    const { result } = await table.query({ trans: req.trans, values: true, query: { index: table.schema.primaryKey, range: req.range } });
    return new Map((result as Row[]).map((row) => [keyOf(table, row), row]));
  }
  if (req.type === 'add' || keys.length === 0) return new Map();
  const rows = (await table.getMany({ trans: req.trans, keys })) as (Row | undefined)[];
  return new Map(keys.map((key, i) => [key, rows[i]]).filter((entry): entry is [unknown, Row] => !!entry[1]));
}

function keysOf(table: DBCoreTable, req: DBCoreMutateRequest): unknown[] {
  if (req.type === 'delete') return req.keys;
  if (req.type === 'deleteRange') return [];
  return req.keys ?? req.values.map((value) => keyOf(table, value as Row));
}

/** Each changed key: the row before and after (undefined: absent), for the writes that succeeded. */
function writes(req: DBCoreMutateRequest, keys: unknown[], before: Map<unknown, Row>, res: DBCoreMutateResponse) {
  const out: { key: unknown; before?: Row; after?: Row }[] = [];
  if (req.type === 'deleteRange') {
    for (const [key, row] of before) out.push({ key, before: row });
    return out;
  }
  keys.forEach((key, i) => {
    if (res.failures[i]) return;
    out.push({ key, before: before.get(key), after: req.type === 'delete' ? undefined : (req.values[i] as Row) });
  });
  return out;
}

function changesOf(name: SyncedTable, list: ReturnType<typeof writes>): LocalChange[] {
  if (name === 'connections') return list.flatMap(({ before, after }) => diffBuckets(before, after));
  return list.flatMap(({ key, before, after }) => diffRecord(name, String(key), before, after) ?? []);
}

async function capture(down: DBCore, table: DBCoreTable, name: SyncedTable, req: DBCoreMutateRequest) {
  if (!captured.has(req.trans) || !(await capturing(down, req.trans))) return table.mutate(req);
  const keys = keysOf(table, req);
  if (name === 'meta') {
    // Only the settings sync; drafts and bookkeeping are this device's.
    if (req.type !== 'deleteRange' && !keys.some((key) => SYNCED_META_KEYS.includes(String(key)))) return table.mutate(req);
  }
  const before = await rowsBefore(table, req, keys);
  const res = await table.mutate(req);
  let list = writes(req, keys, before, res);
  if (name === 'meta') list = list.filter(({ key }) => SYNCED_META_KEYS.includes(String(key)));
  const changes = changesOf(name, list);
  if (changes.length > 0) await down.table('outbox').mutate({ trans: req.trans, type: 'add', values: changes });
  return res;
}

export function captureChanges(): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'inroads-sync-capture',
    create: (down: DBCore): DBCore => ({
      ...down,
      transaction(stores, mode, options) {
        const candidate = mode === 'readwrite' && !stores.includes('syncRows') && stores.some(isSyncedTable);
        const scope = candidate ? [...new Set([...stores, 'outbox', 'syncState'])] : stores;
        const trans = down.transaction(scope, mode, options);
        if (candidate) captured.set(trans, {});
        return trans;
      },
      table(name) {
        const table = down.table(name);
        if (!isSyncedTable(name)) return table;
        return { ...table, mutate: (req) => capture(down, table, name, req) };
      },
    }),
  };
}
