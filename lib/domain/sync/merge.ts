/**
 * The merge state of one record, and how changes combine into it.
 *
 * - Each field is a last-writer-wins register: the value with the latest
 *   stamp wins, so concurrent edits of different fields both survive.
 * - A delete is a tombstone stamp: the record is gone while its tombstone is
 *   later than every field's stamp; a later write brings it back, with the
 *   fields it had.
 * - A text field (TEXT_FIELDS) keeps every version no write has replaced: a
 *   write names the versions it replaces (the text it edited), so two
 *   concurrent edits of the same notes both stay, the latest shown first.
 *
 * Merging is a join (commutative, associative, idempotent): any order of the
 * same changes, each any number of times, gives the same state. Pure.
 */
import type { Change, Fields, SyncedTable } from './change';

/** A field's value (absent: removed) and the stamp that wrote it. */
export interface Register {
  h: string;
  v?: unknown;
}

/** One version of a text field. */
export interface TextVersion {
  h: string;
  v: string;
}

export interface TextRegister {
  /** Versions still standing, oldest first. */
  vals: TextVersion[];
  /** Stamps of versions replaced (kept so a late copy of one never comes back), sorted. */
  drop: string[];
}

export interface RowState {
  /** `${table}/${key}`. */
  id: string;
  t: SyncedTable;
  k: string;
  /** Field registers. */
  c: Record<string, Register>;
  /** The latest delete's stamp. */
  x?: string;
  /** Text fields' versions. */
  m?: Record<string, TextRegister>;
}

export const rowId = (table: SyncedTable, key: string) => `${table}/${key}`;

export const emptyRow = (t: SyncedTable, k: string): RowState => ({ id: rowId(t, k), t, k, c: {} });

const later = (a: string | undefined, b: string | undefined) => (a === undefined ? b : b === undefined || a >= b ? a : b);

/** The winner of two registers: the later stamp; the same stamp twice is the same write (ties broken by value). */
function winner(a: Register | undefined, b: Register): Register {
  if (!a || b.h > a.h) return b;
  if (b.h < a.h) return a;
  return JSON.stringify(b.v) > JSON.stringify(a.v) ? b : a;
}

function mergeText(a: TextRegister | undefined, b: TextRegister): TextRegister {
  if (!a) return { vals: [...b.vals].sort(byStamp), drop: [...b.drop].sort() };
  const drop = [...new Set([...a.drop, ...b.drop])].sort();
  const dropped = new Set(drop);
  const vals = new Map<string, TextVersion>();
  for (const version of [...a.vals, ...b.vals]) {
    if (dropped.has(version.h)) continue;
    const seen = vals.get(version.h);
    if (!seen || version.v > seen.v) vals.set(version.h, version);
  }
  return { vals: [...vals.values()].sort(byStamp), drop };
}

const byStamp = (a: { h: string }, b: { h: string }) => (a.h < b.h ? -1 : a.h > b.h ? 1 : 0);

/** The join of two states of the same record. */
export function mergeRows(a: RowState | undefined, b: RowState): RowState {
  if (!a) return b;
  const c: Record<string, Register> = { ...a.c };
  for (const [field, register] of Object.entries(b.c)) c[field] = winner(c[field], register);
  const merged: RowState = { id: a.id, t: a.t, k: a.k, c };
  const x = later(a.x, b.x);
  if (x !== undefined) merged.x = x;
  if (a.m || b.m) {
    const m: Record<string, TextRegister> = { ...a.m };
    for (const [field, register] of Object.entries(b.m ?? {})) m[field] = mergeText(m[field], register);
    merged.m = m;
  }
  return merged;
}

/** The state a single change describes (merge it into what is known with mergeRows). */
export function stateOfChange(change: Change): RowState {
  const state = emptyRow(change.t, change.k);
  for (const [field, v] of Object.entries(change.set ?? {})) state.c[field] = { h: change.h, v };
  for (const field of change.unset ?? []) state.c[field] = { h: change.h };
  if (change.del) state.x = change.h;
  if (change.text) {
    state.m = {};
    for (const [field, write] of Object.entries(change.text)) {
      const drop = [...new Set(write.drop)].sort();
      state.m[field] = { vals: write.v === undefined || drop.includes(change.h) ? [] : [{ h: change.h, v: write.v }], drop };
    }
  }
  return state;
}

export const applyChange = (state: RowState | undefined, change: Change) => mergeRows(state, stateOfChange(change));

/** The latest stamp that wrote a field or a text version. */
function latestWrite(state: RowState): string | undefined {
  let latest: string | undefined;
  for (const register of Object.values(state.c)) latest = later(latest, register.h);
  for (const register of Object.values(state.m ?? {})) for (const version of register.vals) latest = later(latest, version.h);
  return latest;
}

export function isDeleted(state: RowState): boolean {
  const written = latestWrite(state);
  return written === undefined || (state.x !== undefined && state.x > written);
}

/** Versions of a text field, newest first (the first is the one shown). */
export const textVersions = (state: RowState, field: string): TextVersion[] =>
  [...(state.m?.[field]?.vals ?? [])].reverse();

/** The record's fields as merged (text fields: their newest version), or undefined when deleted. */
export function visibleFields(state: RowState): Fields | undefined {
  if (isDeleted(state)) return undefined;
  const fields: Fields = {};
  for (const [field, register] of Object.entries(state.c)) if ('v' in register) fields[field] = register.v;
  for (const field of Object.keys(state.m ?? {})) {
    const newest = textVersions(state, field)[0];
    if (newest) fields[field] = newest.v;
  }
  return fields;
}
