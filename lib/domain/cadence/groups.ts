/** How the follow-up list groups next actions by their due date. */
import type { NextAction } from '@/lib/domain/model/person';
import { usableTimeZone } from './calling-days';
import { startOfZonedDay } from './dates';

export type FollowUpGroup = 'overdue' | 'today' | 'tomorrow' | 'this-week' | 'later';

/** The groups in the order the list shows them: strictly by due date. */
export const FOLLOW_UP_GROUPS: readonly FollowUpGroup[] = ['overdue', 'today', 'tomorrow', 'this-week', 'later'];

/**
 * Overdue: due before the start of today (in the zone). Today: due during
 * today. Tomorrow: due during tomorrow. This week: due within the following
 * 6 days — a rolling week (today + 2 through today + 7, whole local days),
 * not the calendar week. Later: anything after that. Something due later
 * today is "today", not overdue.
 */
export function followUpGroup(due: number, now: number, timeZone?: string): FollowUpGroup {
  const zone = usableTimeZone(timeZone);
  if (due < startOfZonedDay(now, zone)) return 'overdue';
  if (due < startOfZonedDay(now, zone, 1)) return 'today';
  if (due < startOfZonedDay(now, zone, 2)) return 'tomorrow';
  if (due < startOfZonedDay(now, zone, 8)) return 'this-week';
  return 'later';
}

/** Kinds that wait for the person to answer before the user owes anything. */
const WAITING_KINDS: readonly string[] = ['follow-up', 'resend-with-note', 'try-another-route', 'move-on'];

/**
 * Waiting on them: the next action is a step of the follow-up sequence and
 * its date has not come yet (the user sent something and now waits).
 */
export function isWaitingOnThem(action: Pick<NextAction, 'kind' | 'due'>, now: number): boolean {
  return WAITING_KINDS.includes(action.kind) && action.due > now;
}
