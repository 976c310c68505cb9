/**
 * What sync carries: one record's changed fields, stamped with a hybrid
 * logical clock (hlc.ts). A record is a row of a synced table, the settings
 * (meta key 'settings', by field), or one contact of the directory (keyed by
 * connectionKey; the directory's packed buckets are storage, not records).
 * Zod-free and small: the storage layer's capture (every Dexie instance,
 * the popup's too) imports it.
 */

export const SYNCED_TABLES = ['people', 'touches', 'meetings', 'templates', 'clips', 'meta', 'connections', 'companies', 'objectives'] as const;
export type SyncedTable = (typeof SYNCED_TABLES)[number];

export const isSyncedTable = (name: string): name is SyncedTable => (SYNCED_TABLES as readonly string[]).includes(name);

/** The meta rows that sync (the others are this device's bookkeeping: drafts, last backup …). */
export const SYNCED_META_KEYS: readonly string[] = ['settings'];

/** Fields computed on each device from the rest (next-action.ts, derived-keys.ts): never synced. */
const DERIVED: Partial<Record<SyncedTable, readonly string[]>> = { people: ['nextAction', 'nextActionAt', 'companyKey'] };

/**
 * Long free text: concurrent edits on two devices both survive as versions
 * (merge.ts) instead of the later one replacing the other.
 */
export const TEXT_FIELDS: Partial<Record<SyncedTable, readonly string[]>> = { people: ['notes'], meetings: ['notes'], companies: ['notes'] };

/** The field holding a row's key, per table (connections: records are contacts, keyed by connectionKey). */
export const KEY_FIELD: Record<SyncedTable, string> = {
  people: 'id',
  touches: 'id',
  meetings: 'id',
  templates: 'id',
  clips: 'id',
  meta: 'key',
  connections: '',
  companies: 'key',
  objectives: 'id',
};

export type Fields = Record<string, unknown>;

/** A change this device made to one record, captured by the storage layer, not yet stamped. */
export interface LocalChange {
  t: SyncedTable;
  k: string;
  /** Fields set to a value. */
  set?: Fields;
  /** Fields removed. */
  unset?: string[];
  /** The record did not exist here before: fields it lacks are cleared everywhere (a new or recreated record). */
  fresh?: true;
  /** The record was deleted. */
  del?: true;
  /** For text fields that changed: the text the edit replaced (the version it supersedes). */
  base?: Record<string, string>;
  /** Versions of a text field the user dismissed (their stamps), e.g. "Discard" on another device's notes. */
  drop?: Record<string, string[]>;
  /** Epoch ms to date the change by, when it was made before sync was on (the row's own date). */
  wall?: number;
}

/** One text field's write: the new text (none: only dismisses versions) and the stamps of the versions it replaces. */
export interface TextWrite {
  v?: string;
  drop: string[];
}

/** A stamped change, as batches carry it. */
export interface Change {
  t: SyncedTable;
  k: string;
  /** The hybrid logical clock stamp of the change (every field in it shares it). */
  h: string;
  set?: Fields;
  unset?: string[];
  del?: 1;
  text?: Record<string, TextWrite>;
}

/** Deep equality of JSON-like values (key order ignored). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((v, i) => sameValue(v, (b as unknown[])[i]));
  const ka = Object.keys(a).filter((key) => (a as Fields)[key] !== undefined);
  const kb = Object.keys(b).filter((key) => (b as Fields)[key] !== undefined);
  return ka.length === kb.length && ka.every((key) => sameValue((a as Fields)[key], (b as Fields)[key]));
}

/** A row's synced fields: without its key and derived fields; the settings record by its fields. */
export function syncedFields(table: SyncedTable, row: Fields | undefined): Fields | undefined {
  if (!row) return undefined;
  const source = table === 'meta' ? (row.value as Fields | undefined) : row;
  if (!source || typeof source !== 'object') return undefined;
  const skip = new Set([KEY_FIELD[table], ...(DERIVED[table] ?? [])]);
  const fields: Fields = {};
  for (const [field, value] of Object.entries(source)) if (!skip.has(field) && value !== undefined) fields[field] = value;
  return fields;
}

/**
 * What changed in one record between two versions of its row (undefined:
 * absent), as sync sees it; undefined when nothing synced changed.
 */
export function diffRecord(table: SyncedTable, key: string, before?: Fields, after?: Fields): LocalChange | undefined {
  const old = syncedFields(table, before);
  const now = syncedFields(table, after);
  if (!now) return old ? { t: table, k: key, del: true } : undefined;
  if (!old) return { t: table, k: key, set: now, fresh: true };
  const change: LocalChange = { t: table, k: key };
  const texts = TEXT_FIELDS[table] ?? [];
  for (const field of new Set([...Object.keys(old), ...Object.keys(now)])) {
    if (sameValue(old[field], now[field])) continue;
    if (field in now) (change.set ??= {})[field] = now[field];
    else (change.unset ??= []).push(field);
    if (texts.includes(field) && typeof old[field] === 'string') (change.base ??= {})[field] = old[field];
  }
  return change.set || change.unset ? change : undefined;
}
