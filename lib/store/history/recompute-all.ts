import { Dexie, type Table } from 'dexie';
import type { Meeting, Person, Touch } from '@/lib/domain/model';
import type { InroadsDb } from '@/lib/store/database';
import { historyTables, meetingsOf, touchesOf } from './next-action';
import { freshNextAction, sameNextAction, type NextActionSources } from './next-action-tables';
import { loadSettings } from '@/lib/store/settings/settings';

export interface RecomputeAllOptions {
  /** People per read-write transaction (default 500), so 10,000 people never hold one long lock. */
  chunkSize?: number;
  /** Called after each chunk with how many are done and the total. */
  onProgress?: (done: number, total: number) => void;
}

function groupByPerson<T extends { personId: string }>(rows: T[], ids: Set<string>): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    if (!ids.has(row.personId)) continue;
    const group = groups.get(row.personId);
    if (group) group.push(row);
    else groups.set(row.personId, [row]);
  }
  return groups;
}

/** Everything of a person's history in one sorted id range, read with two range queries. */
async function historiesOf(db: InroadsDb, ids: string[]) {
  const range = [
    [ids[0], Dexie.minKey],
    [ids[ids.length - 1], Dexie.maxKey],
  ] as const;
  const [touches, meetings] = await Promise.all([
    db.touches.where('[personId+at]').between(range[0], range[1]).toArray(),
    db.meetings.where('[personId+at]').between(range[0], range[1]).toArray(),
  ]);
  const wanted = new Set(ids);
  return { touches: groupByPerson<Touch>(touches, wanted), meetings: groupByPerson<Meeting>(meetings, wanted) };
}

/**
 * One chunk (ids sorted): the same inputs as recomputeNextAction (history,
 * settings, referrer or introducer name, the referral record), read in bulk.
 */
async function recomputeChunk(db: InroadsDb, ids: string[], now: number): Promise<void> {
  const settings = await loadSettings(db);
  const people = (await db.people.bulkGet(ids)).filter((p): p is Person => p !== undefined);
  const history = await historiesOf(db, ids);
  const introducerIdOf = (id: string) => history.touches.get(id)?.find((t) => t.introducerId)?.introducerId;
  const linkedIds = [
    ...new Set(people.flatMap((p) => [p.referredById, introducerIdOf(p.id)]).filter((x): x is string => !!x)),
  ];
  const linked = new Map((await db.people.bulkGet(linkedIds)).filter((p): p is Person => !!p).map((p) => [p.id, p]));
  const referrerMeetings = new Map<string, Meeting[]>();
  const referrerTouches = new Map<string, Touch[]>();
  for (const p of people) {
    const referrerId = p.referredById;
    if (referrerId && linked.has(referrerId) && !referrerMeetings.has(referrerId)) {
      referrerMeetings.set(referrerId, await meetingsOf(db, referrerId));
      // A reply or a decline may have given the referral too.
      referrerTouches.set(referrerId, await touchesOf(db, referrerId));
    }
  }
  const sources: NextActionSources = {
    touchesOf: (id) => history.touches.get(id) ?? referrerTouches.get(id) ?? [],
    meetingsOf: (id) => history.meetings.get(id) ?? referrerMeetings.get(id) ?? [],
    personById: (id) => linked.get(id),
    settings,
  };
  const changed: Person[] = [];
  for (const person of people) {
    const updated = freshNextAction(person, sources, now);
    if (!sameNextAction(updated, person)) changed.push(updated);
  }
  await db.people.bulkPut(changed);
}

/**
 * Recomputes the next action of every target, e.g. after the cadence settings
 * changed (follow-up days, calling days, time zone …): the same result as
 * recomputeNextAction for each, read in bulk. Targets go in chunks, one
 * read-write transaction per chunk, so other work can run between chunks.
 * Returns how many targets were recomputed.
 */
export async function recomputeAllNextActions(
  db: InroadsDb,
  now: number,
  options: RecomputeAllOptions = {},
): Promise<number> {
  const chunkSize = Math.max(1, Math.floor(options.chunkSize ?? 500));
  const ids = (await db.people.where('kind').equals('target').primaryKeys()).map(String).sort();
  let done = 0;
  for (let start = 0; start < ids.length; start += chunkSize) {
    const chunk = ids.slice(start, start + chunkSize);
    await db.transaction('rw', historyTables(db), () => recomputeChunk(db, chunk, now));
    done += chunk.length;
    options.onProgress?.(done, ids.length);
  }
  return done;
}

/**
 * Recomputes what is owed to these people (e.g. after another device's
 * changes arrived), in chunks like recomputeAllNextActions; `withTables` are
 * added to each chunk's transaction.
 */
export async function recomputeNextActionsOf(
  db: InroadsDb,
  personIds: Iterable<string>,
  now: number,
  withTables: Table[] = [],
): Promise<void> {
  const ids = [...new Set(personIds)].sort();
  for (let start = 0; start < ids.length; start += 500) {
    const chunk = ids.slice(start, start + 500);
    await db.transaction('rw', [...historyTables(db), ...withTables], async () => recomputeChunk(db, chunk, now));
  }
}
