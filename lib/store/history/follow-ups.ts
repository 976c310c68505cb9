import { followUpGroup, isWaitingOnThem, startOfZonedDay, type FollowUpGroup } from '@/lib/domain/cadence/cadence';
import type { Person } from '@/lib/domain/model';
import type { InroadsDb } from '@/lib/store/database';

export type FollowUpSection = FollowUpGroup | 'waiting';
/**
 * Sections strictly by due date, then "waiting on them" apart: follow-ups
 * whose day is after tomorrow, while the user waits for an answer (each row
 * dated). A follow-up due today or tomorrow is in Today or Tomorrow: the user
 * acts on it then.
 */
export const FOLLOW_UP_SECTIONS: FollowUpSection[] = ['overdue', 'today', 'tomorrow', 'this-week', 'later', 'waiting'];
const OWED_NOW: readonly FollowUpSection[] = ['overdue', 'today', 'tomorrow'];

export interface FollowUpRow {
  person: Person;
  section: FollowUpSection;
}

/** Rows read per date range: the list shows the most pressing first and stays fast at 10,000 people. */
export const SECTION_LIMIT = 30;

function bounds(now: number, timeZone?: string) {
  return { today: startOfZonedDay(now, timeZone), tomorrow: startOfZonedDay(now, timeZone, 1) };
}

/**
 * The follow-up list from the nextActionAt index, oldest due first: up to
 * `limit` overdue, `limit` due today, and `3 × limit` upcoming (this week,
 * later, and "waiting on them": follow-ups whose date has not come, after the
 * user sent something). Only those rows are read, never the whole table.
 */
export async function followUpList(
  db: InroadsDb,
  now: number,
  timeZone?: string,
  limit = SECTION_LIMIT,
): Promise<FollowUpRow[]> {
  const { today, tomorrow } = bounds(now, timeZone);
  const index = db.people.where('nextActionAt');
  const [overdue, dueToday, upcoming] = await Promise.all([
    index.below(today).limit(limit).toArray(),
    db.people.where('nextActionAt').between(today, tomorrow, true, false).limit(limit).toArray(),
    db.people
      .where('nextActionAt')
      .aboveOrEqual(tomorrow)
      .limit(limit * 3)
      .toArray(),
  ]);
  const rows: FollowUpRow[] = [];
  for (const person of [...overdue, ...dueToday, ...upcoming]) {
    const action = person.nextAction;
    if (!action || person.kind !== 'target') continue;
    const group = followUpGroup(action.due, now, timeZone);
    const waiting = !OWED_NOW.includes(group) && isWaitingOnThem(action, now);
    rows.push({ person, section: waiting ? 'waiting' : group });
  }
  // Oldest due first within each section (the index orders by nextActionAt, which a snooze may move).
  return rows.sort((a, b) => (a.person.nextAction?.due ?? 0) - (b.person.nextAction?.due ?? 0));
}

export interface FollowUpCounts {
  overdue: number;
  today: number;
  /** Everything due after today (this week, later, waiting on them). */
  upcoming: number;
}

/** Exact counts from the index alone (no rows read), for "showing N of M". */
export async function followUpCounts(db: InroadsDb, now: number, timeZone?: string): Promise<FollowUpCounts> {
  const { today, tomorrow } = bounds(now, timeZone);
  const [overdue, dueToday, upcoming] = await Promise.all([
    db.people.where('nextActionAt').below(today).count(),
    db.people.where('nextActionAt').between(today, tomorrow, true, false).count(),
    db.people.where('nextActionAt').aboveOrEqual(tomorrow).count(),
  ]);
  return { overdue, today: dueToday, upcoming };
}

/** The toolbar badge: how many actions are overdue or due today. */
export async function dueTodayCount(db: InroadsDb, now: number, timeZone?: string): Promise<number> {
  const end = startOfZonedDay(now, timeZone, 1);
  return db.people.where('nextActionAt').below(end).count();
}
