/**
 * Cadence around meetings: prepare, write notes, thank, thank the introducer,
 * check back with a referrer. Each rule returns what is owed (or nothing);
 * cadence.ts picks the earliest due. Touches and meetings in the context are
 * cleaned and sorted oldest first; cancelled meetings are already removed.
 */
import type { Meeting } from '@/lib/domain/model/meeting';
import type { Touch, TouchKind } from '@/lib/domain/model/touch';
import { HOUR_MS, MINUTE_MS, isUsableDate, startOfZonedDay } from './dates';
import { introducerNameOf } from './introducer-actions';
import type { CadenceAction, CadenceContext } from './types';

/** When the meeting ends: start + its minutes (20 when missing or nonsense). */
export function meetingEnd(meeting: Meeting): number {
  const minutes = Number.isFinite(meeting.minutes) && meeting.minutes > 0 ? meeting.minutes : 20;
  return meeting.at + minutes * MINUTE_MS;
}

/** A meeting counts as held once it is marked done or its start has passed. */
export function isHeld(meeting: Meeting, now: number): boolean {
  return meeting.status === 'done' || meeting.at <= now;
}

function lastTouchSince(touches: readonly Touch[], kind: TouchKind, since: number): Touch | undefined {
  return [...touches].reverse().find((t) => t.kind === kind && t.at >= since);
}

/**
 * Method fact: prepare questions before the meeting. Due at the start of the
 * local day before the meeting (so it shows all that day), but never before
 * the meeting was booked (a meeting booked for this afternoon is due now,
 * not overdue) and never after it starts.
 */
export function prepareAction(ctx: CadenceContext, meeting: Meeting): CadenceAction {
  const dayBefore = startOfZonedDay(meeting.at, ctx.zone, -1);
  const booked = isUsableDate(meeting.createdAt) ? meeting.createdAt : dayBefore;
  const questions = meeting.questions.length;
  return {
    kind: 'prepare-meeting',
    due: Math.min(meeting.at, Math.max(dayBefore, booked)),
    reason:
      questions > 0
        ? { code: 'prepare-review', params: [questions, ctx.who, meeting.minutes] }
        : { code: 'prepare-questions', params: [ctx.who] },
  };
}

/** Whether someone introduced or referred the user to this person. */
function wasIntroduced(ctx: CadenceContext): boolean {
  const { person, touches } = ctx;
  return (
    Boolean(person.referredById || person.referredByName?.trim() || ctx.introducerName?.trim() || ctx.thread) ||
    touches.some((t) => Boolean(t.introducerId))
  );
}

/**
 * What is owed after the latest held meeting, in the method's order:
 * notes the same day, a thank-you within 48 hours, then thanks to whoever
 * made the introduction (once, after the first meeting).
 */
export function afterMeetingAction(ctx: CadenceContext, first: Meeting, latest: Meeting): CadenceAction | undefined {
  const { touches, who } = ctx;
  const end = meetingEnd(latest);
  const thankYou = lastTouchSince(touches, 'thank-you', latest.at);
  const hasNotes = isUsableDate(latest.notesWrittenAt) || (latest.notes ?? '').trim() !== '';
  // Method fact: "Write notes the same day." Due as soon as it ends. Logging
  // the thank-you means the user has moved on, so notes stop being asked for.
  if (!hasNotes && !thankYou) {
    return {
      kind: 'write-notes',
      due: end,
      reason: { code: 'write-notes', params: [who] },
    };
  }
  // Method fact: "Send a personal thank-you within 48 hours that mentions something specific."
  if (!thankYou) {
    return {
      kind: 'send-thank-you',
      due: end + 48 * HOUR_MS,
      reason: { code: 'thank-you', params: [who] },
      templateMoment: 'thank-you',
    };
  }
  // Method fact: "Also thank whoever made the introduction and tell them how
  // it went." The thanks go to the introducer but are surfaced here, on the
  // person met; due by the same 48-hour mark (or now, if the thank-you was later).
  if (wasIntroduced(ctx) && !lastTouchSince(touches, 'thank-introducer', first.at)) {
    // An empty name is worded "whoever introduced you" when shown; a first name typed or read on the page counts.
    const introducer = introducerNameOf(ctx, ctx.thread);
    return {
      kind: 'thank-introducer',
      due: Math.max(end + 48 * HOUR_MS, thankYou.at),
      reason: { code: 'thank-introducer', params: [introducer, who] },
      templateMoment: 'thank-introducer',
      recipient: 'introducer',
    };
  }
  return undefined;
}
