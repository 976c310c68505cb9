/**
 * Applies what other devices wrote (their batches' changes, or a snapshot's
 * merged records): merges them into the merge state and writes the result
 * into the app's tables, a chunk of records per transaction (so the app's
 * own writes are never held up long). Each transaction first stamps this
 * device's captured changes (stamp-outbox.ts), so they are stamped with what
 * the device knew when they were made. Applying the same records twice
 * changes nothing. What is owed to the people concerned is recomputed after.
 */
import { observeStamp } from '@/lib/domain/sync/hlc';
import { mergeRows, stateOfChange, type RowState } from '@/lib/domain/sync/merge';
import { sameValue, type Change } from '@/lib/domain/sync/change';
import type { InroadsDb } from '@/lib/store/database';
import { recomputeAllNextActions, recomputeNextActionsOf } from '@/lib/store/history/recompute-all';
import { yieldToEventLoop } from '@/lib/store/yield';
import { projectRows } from './project';
import { readClock, writeClock } from './state';
import { stampOutbox } from './stamp-outbox';

/** Records per transaction. */
const CHUNK = 2000;

export interface Applied {
  /** Records whose merged state changed here. */
  changed: number;
  invalid: number;
  /** People whose next action may have changed; `settings`: everyone's may have. */
  people: Set<string>;
  settings: boolean;
}

/** Every table an apply transaction holds: the capture leaves transactions with syncRows alone. */
export const applyTables = (db: InroadsDb) => [
  db.people,
  db.touches,
  db.meetings,
  db.templates,
  db.clips,
  db.companies,
  db.objectives,
  db.meta,
  db.connections,
  db.outbox,
  db.syncRows,
  db.syncState,
];

/** The states a batch's changes describe, one per record. */
export function statesOfChanges(changes: readonly Change[]): RowState[] {
  const states = new Map<string, RowState>();
  for (const change of changes) {
    const state = stateOfChange(change);
    states.set(state.id, mergeRows(states.get(state.id), state));
  }
  return [...states.values()];
}

function latestStamp(states: readonly RowState[]): string | undefined {
  let latest: string | undefined;
  const see = (h: string | undefined) => {
    if (h !== undefined && (latest === undefined || h > latest)) latest = h;
  };
  for (const state of states) {
    see(state.x);
    for (const register of Object.values(state.c)) see(register.h);
    for (const text of Object.values(state.m ?? {})) text.vals.forEach((v) => see(v.h));
  }
  return latest;
}

async function applyChunk(db: InroadsDb, incoming: RowState[], now: number) {
  await stampOutbox(db, now);
  const stored = await db.syncRows.bulkGet(incoming.map((state) => state.id));
  const changed: RowState[] = [];
  incoming.forEach((state, i) => {
    const merged = mergeRows(stored[i], state);
    if (!stored[i] || !sameValue(merged, stored[i])) changed.push(merged);
  });
  const latest = latestStamp(incoming);
  if (latest) await writeClock(db, observeStamp(await readClock(db), latest));
  await db.syncRows.bulkPut(changed);
  const projected = await projectRows(db, changed);
  return { changed: changed.length, projected };
}

/** Recomputes what is owed to the people applied changes concern (once, after several batches). */
export async function recomputeAffected(db: InroadsDb, applied: Pick<Applied, 'people' | 'settings'>, now: number) {
  if (applied.settings) await recomputeAllNextActions(db, now);
  else if (applied.people.size > 0) await recomputeNextActionsOf(db, applied.people, now, [db.syncRows]);
}

/**
 * Merges incoming record states into this device; then (unless `recompute`
 * is false: the caller does it once for several batches) recomputes what is
 * owed to the people they concern.
 */
export async function applyIncoming(db: InroadsDb, incoming: readonly RowState[], now: number, recompute = true): Promise<Applied> {
  const result: Applied = { changed: 0, invalid: 0, people: new Set(), settings: false };
  for (let start = 0; start < incoming.length; start += CHUNK) {
    const chunk = incoming.slice(start, start + CHUNK);
    const done = await db.transaction('rw', applyTables(db), async () => applyChunk(db, chunk, now));
    result.changed += done.changed;
    result.invalid += done.projected.invalid;
    done.projected.people.forEach((id) => result.people.add(id));
    result.settings ||= done.projected.settings;
    await yieldToEventLoop();
  }
  if (recompute) await recomputeAffected(db, result, now);
  return result;
}
