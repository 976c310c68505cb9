/**
 * The cadence rules: the one next thing the user owes a target, and its date.
 * Pure: plain data in, `now` passed in, dates computed in settings.timeZone.
 *
 * Order of the rules:
 * 1. Candidates, people marked declined / moved-on, and people whose latest
 *    answer was a decline: nothing is owed — except a check-back agreed in a
 *    reply or a decline that named someone else to contact.
 * 2. With a (not cancelled) meeting: the earliest due of what the meeting
 *    leaves owed (notes, thank-you, thanks to the introducer), an agreed
 *    check-back with the referrer, and preparing the next meeting; when none
 *    is owed, keep in touch.
 * 3. Without one: the outreach sequence (cadence-outreach.ts).
 * 4. A snooze pushes the due date to at least the end of the snooze.
 * 5. A due date is within the dates Inroads stores (1990–2200): history
 *    dated outside (only unvalidated input can be) gives the nearest one.
 */
import type { Meeting } from '@/lib/domain/model/meeting';
import type { Touch } from '@/lib/domain/model/touch';
import { EARLIEST_DATE, LATEST_DATE } from '@/lib/domain/model/limits';
import { byMinuteThenLogged } from './order';
import { addDaysInZone, cadenceZone, isUsableDate, onCallingDay } from './dates';
import { answersWithReferrals, checkBackAction, defaultCheckBackAt } from './check-back';
import { contactIntroducedAction, introducerAction } from './introducer-actions';
import { introducerThread } from './introducer-thread';
import { afterMeetingAction, isHeld, meetingEnd, prepareAction } from './meeting';
import { outreachAction } from './outreach';
import { ANSWER_KINDS, MESSAGE_KINDS, type CadenceAction, type CadenceContext, type CadenceInput } from './types';

export * from './types';
export { followUpGroup, isWaitingOnThem, type FollowUpGroup } from './groups';
export { checkBackInWindow, defaultCheckBackAt, referralCheckBack } from './check-back';
export { introducerThread, type IntroducerThread, type IntroducerState } from './introducer-thread';
export { followUpDate, startOfZonedDay } from './dates';
export { unansweredMessages } from './outreach';

/**
 * Oldest first, by the minute (the precision people enter times with: a reply
 * logged at 09:00 for a message marked sent at 09:00:37 came after it); ties
 * by the order they were logged, then by id, so the input order never matters.
 */
function byDate<T extends { id: string; at: number; createdAt: number }>(a: T, b: T): number {
  return byMinuteThenLogged(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Clean the input defensively: drop touches and meetings whose date cannot be
 * computed with, drop cancelled meetings, and sort oldest first. A
 * future-dated touch is kept and treated as happening at its date.
 */
function contextOf(input: CadenceInput): CadenceContext {
  const touches: Touch[] = input.touches.filter((t) => isUsableDate(t.at)).sort(byDate);
  const meetings: Meeting[] = input.meetings.filter((m) => m.status !== 'cancelled' && isUsableDate(m.at)).sort(byDate);
  // A nameless person is worded "this person" when the reason is shown.
  const who = input.person.name.trim();
  const thread = introducerThread(touches, (at) => defaultCheckBackAt(at, input.settings));
  return { ...input, touches, meetings, zone: cadenceZone(input.settings), who, ...(thread ? { thread } : {}) };
}

/** Method: a "no" ends the sequence — unless they answered or met after it. */
function declinedLast(ctx: CadenceContext): boolean {
  const answers = ctx.touches.filter((t) => t.kind === 'declined' || ANSWER_KINDS.includes(t.kind));
  const last = answers[answers.length - 1];
  return last?.kind === 'declined' && !ctx.meetings.some((m) => m.at >= last.at);
}

/**
 * Method fact: "Keep contacts posted on your progress, not only when you need
 * something." Every keepInTouchDays after the last touch or meeting, on a
 * preferred calling day.
 */
function keepInTouchAction(ctx: CadenceContext, lastContact: number): CadenceAction {
  const { settings } = ctx;
  return {
    kind: 'keep-in-touch',
    due: onCallingDay(addDaysInZone(lastContact, settings.keepInTouchDays, settings), settings),
    reason: { code: 'keep-in-touch', params: [ctx.who, settings.keepInTouchDays] },
    templateMoment: 'progress-update',
  };
}

function lastTouchAt(ctx: CadenceContext): number | undefined {
  return ctx.touches[ctx.touches.length - 1]?.at;
}

function meetingAction(ctx: CadenceContext): CadenceAction {
  const held = ctx.meetings.filter((m) => isHeld(m, ctx.now));
  const upcoming = ctx.meetings.find((m) => !isHeld(m, ctx.now));
  const first = held[0];
  const latest = held[held.length - 1];
  const owed = [
    first && latest ? afterMeetingAction(ctx, first, latest) : undefined,
    checkBackAction(ctx, [...held, ...answersWithReferrals(ctx.touches)]),
    upcoming ? prepareAction(ctx, upcoming) : undefined,
  ].filter((a): a is CadenceAction => a !== undefined);
  const earliest = owed.sort((a, b) => a.due - b.due)[0];
  if (earliest || !latest) return earliest ?? outreachAction(ctx);
  return keepInTouchAction(ctx, Math.max(lastTouchAt(ctx) ?? -Infinity, meetingEnd(latest)));
}

function nextAction(ctx: CadenceContext): CadenceAction {
  if (ctx.meetings.length > 0) return meetingAction(ctx);
  // Marked met / keep-in-touch without a meeting on record (e.g. met before
  // using Inroads): keep in touch from the last touch, else from when added.
  if (ctx.person.stage === 'met' || ctx.person.stage === 'keep-in-touch') {
    const since = lastTouchAt(ctx) ?? (isUsableDate(ctx.person.createdAt) ? ctx.person.createdAt : ctx.now);
    return keepInTouchAction(ctx, since);
  }
  const { thread } = ctx;
  if (!thread) return outreachAction(ctx);
  // The introducer's thread first; once the target's own thread has started, the outreach sequence with them.
  const owed = introducerAction(ctx, thread);
  if (owed) return owed;
  const target = { ...ctx, touches: thread.targetTouches };
  const started = thread.targetTouches.some((t) => t.at >= thread.since && MESSAGE_OR_ANSWER.includes(t.kind));
  return started || thread.state !== 'introduced' ? outreachAction(target) : contactIntroducedAction(ctx, thread);
}

const MESSAGE_OR_ANSWER: readonly string[] = [...MESSAGE_KINDS, ...ANSWER_KINDS];

/** The next thing the user owes this person, or undefined when nothing is owed. */
export function computeNextAction(input: CadenceInput): CadenceAction | undefined {
  const { person } = input;
  if (person.kind !== 'target') return undefined;
  if (person.stage === 'moved-on') return undefined;
  const ctx = contextOf(input);
  // A reply or a decline that named someone to contact may have agreed a check-back (with a meeting, meetingAction weighs it).
  const fromAnswers = ctx.meetings.length > 0 ? undefined : checkBackAction(ctx, answersWithReferrals(ctx.touches));
  const declined = person.stage === 'declined' || declinedLast(ctx);
  if (declined && !fromAnswers) return undefined;
  const usual = declined ? undefined : nextAction(ctx);
  const action = usual && (!fromAnswers || usual.due <= fromAnswers.due) ? usual : fromAnswers!;
  const snoozed = person.snoozedUntil;
  const wanted = isUsableDate(snoozed) && snoozed > input.now ? Math.max(action.due, snoozed) : action.due;
  // Within the dates Inroads stores (1990–2200), whatever history it is given: what is owed stays storable.
  const due = Math.min(Math.max(wanted, EARLIEST_DATE), LATEST_DATE);
  const result: CadenceAction = { kind: action.kind, due, reason: action.reason };
  if (action.templateMoment) result.templateMoment = action.templateMoment;
  if (action.recipient === 'introducer') result.recipient = 'introducer';
  return result;
}
