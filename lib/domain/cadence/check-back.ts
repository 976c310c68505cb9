/**
 * Checking back with a referrer. Method fact: "If the person insists on
 * contacting them first, agree a specific check-back date within 7–10 days."
 * The agreed date (GivenReferral.checkBackAt) is a promise and is kept exactly.
 */
import type { GivenReferral, Meeting } from '@/lib/domain/model/meeting';
import type { Settings } from '@/lib/domain/model/settings';
import type { Touch } from '@/lib/domain/model/touch';
import { addDaysInZone, isUsableDate, onCallingDay, startOfZonedDay } from './dates';
import type { CadenceAction, CadenceContext } from './types';

/**
 * The date to propose when agreeing a check-back: 7 days after the meeting,
 * moved to the next preferred calling day while that stays within 10 days
 * (same local time as the meeting). For the meeting form to prefill.
 */
export function defaultCheckBackAt(meetingAt: number, settings: Pick<Settings, 'preferredDays' | 'timeZone'>): number {
  const seventh = addDaysInZone(meetingAt, 7, settings);
  const onCalling = onCallingDay(seventh, settings);
  return onCalling <= addDaysInZone(meetingAt, 10, settings) ? onCalling : seventh;
}

/** Whether a check-back date falls on the 7th to 10th local day after the meeting. */
export function checkBackInWindow(meetingAt: number, checkBackAt: number, timeZone?: string): boolean {
  return (
    checkBackAt >= startOfZonedDay(meetingAt, timeZone, 7) && checkBackAt < startOfZonedDay(meetingAt, timeZone, 11)
  );
}

interface PendingCheckBack {
  at: number;
  meetingAt: number;
  people: number;
}

/** Where referrals were given: a held meeting, or a reply or decline that suggested someone. */
type ReferralSource = Pick<Meeting, 'at'> & { referrals?: Meeting['referrals'] };

/** The replies and declines that named people to contact instead (issue 15: "ask Jordan instead"). */
export function answersWithReferrals(touches: readonly Touch[]): Touch[] {
  return touches.filter((t) => (t.kind === 'reply' || t.kind === 'declined') && (t.referrals?.length ?? 0) > 0);
}

/** Agreed check-backs from held meetings and answers, one per date, oldest first. */
function agreedCheckBacks(held: readonly ReferralSource[]): PendingCheckBack[] {
  const byDate = new Map<number, PendingCheckBack>();
  for (const meeting of held) {
    for (const referral of meeting.referrals ?? []) {
      const at = referral.checkBackAt;
      if (!isUsableDate(at)) continue;
      const entry = byDate.get(at) ?? { at, meetingAt: meeting.at, people: 0 };
      entry.people += 1;
      byDate.set(at, entry);
    }
  }
  return [...byDate.values()].sort((a, b) => a.at - b.at);
}

/**
 * Which agreed check-backs are still open. A logged 'check-back' touch (after
 * the meeting that set it) closes every agreed date on or before its local
 * day; one made early closes the earliest open date.
 */
function openCheckBacks(agreed: PendingCheckBack[], touches: readonly Touch[], zone?: string): PendingCheckBack[] {
  let open = agreed;
  for (const touch of touches) {
    if (touch.kind !== 'check-back') continue;
    const dayEnd = startOfZonedDay(touch.at, zone, 1);
    const eligible = open.filter((c) => touch.at >= c.meetingAt);
    const covered = new Set(eligible.filter((c) => c.at < dayEnd));
    const first = eligible[0];
    if (covered.size === 0 && first) covered.add(first);
    open = open.filter((c) => !covered.has(c));
  }
  return open;
}

export function checkBackAction(ctx: CadenceContext, held: readonly ReferralSource[]): CadenceAction | undefined {
  const next = openCheckBacks(agreedCheckBacks(held), ctx.touches, ctx.zone)[0];
  if (!next) return undefined;
  return {
    kind: 'check-back-referrer',
    due: next.at,
    reason: { code: 'check-back', params: [next.people, ctx.who] },
    templateMoment: 'check-back',
  };
}

/**
 * A referred person's entry in their referrer's meetings, and whether the
 * check-back with the referrer was logged since that meeting (the pitch waits
 * for it when the referrer asked to contact them first).
 */
export function referralCheckBack(
  referrerMeetings: readonly Meeting[],
  referrerTouches: readonly Touch[],
  personId: string,
): { referral?: GivenReferral; checkedBack: boolean } {
  // A referral comes from a meeting or from an answer that named someone ("ask Jordan instead").
  const sources: ReferralSource[] = [...referrerMeetings, ...answersWithReferrals(referrerTouches)];
  const source = sources.find((s) => (s.referrals ?? []).some((r) => r.personId === personId));
  const referral = source?.referrals?.find((r) => r.personId === personId);
  if (!source || !referral) return { checkedBack: false };
  return { referral, checkedBack: referrerTouches.some((t) => t.kind === 'check-back' && t.at >= source.at) };
}
