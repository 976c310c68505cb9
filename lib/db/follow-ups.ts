import { followUpGroup, isWaitingOnThem, startOfZonedDay, type FollowUpGroup } from '../outreach/cadence';
import type { Person } from '../model';
import type { InroadsDb } from './database';

export type FollowUpSection = FollowUpGroup | 'waiting';
export const FOLLOW_UP_SECTIONS: FollowUpSection[] = ['overdue', 'today', 'this-week', 'later', 'waiting'];

export interface FollowUpRow {
  person: Person;
  section: FollowUpSection;
}

/** How many rows of "Later" and "Waiting" to show at once (the list stays fast at 10,000 people). */
export const LATER_LIMIT = 200;

/**
 * The follow-up list, from the nextActionAt index: everything owed up to a
 * week ahead in full, then the next LATER_LIMIT. "Waiting on them" holds
 * follow-ups whose date has not come (the user sent something and waits).
 */
export async function followUpList(db: InroadsDb, now: number, timeZone?: string): Promise<FollowUpRow[]> {
  const weekEnd = startOfZonedDay(now, timeZone, 8);
  const soon = await db.people.where('nextActionAt').below(weekEnd).toArray();
  const later = await db.people.where('nextActionAt').aboveOrEqual(weekEnd).limit(LATER_LIMIT).toArray();
  const rows: FollowUpRow[] = [];
  for (const person of [...soon, ...later]) {
    const action = person.nextAction;
    if (!action || person.kind !== 'target') continue;
    const group = followUpGroup(action.due, now, timeZone);
    const waiting = group !== 'overdue' && group !== 'today' && isWaitingOnThem(action, now);
    rows.push({ person, section: waiting ? 'waiting' : group });
  }
  return rows;
}

/** The toolbar badge: how many actions are overdue or due today. */
export function dueTodayCount(db: InroadsDb, now: number, timeZone?: string): Promise<number> {
  const end = startOfZonedDay(now, timeZone, 1);
  return db.people
    .where('nextActionAt')
    .below(end)
    .filter((p) => p.kind === 'target')
    .count();
}
