/**
 * Cadence before any meeting: the first request, the follow-ups, and when to
 * stop. Touches in the context are already cleaned and sorted oldest first.
 */
import type { Touch } from '@/lib/domain/model/touch';
import { followUpDate, isUsableDate } from './dates';
import { ANSWER_KINDS, MESSAGE_KINDS, type CadenceAction, type CadenceContext } from './types';

/** The messages sent since their last answer (all of them when they never answered). */
export function unansweredMessages(touches: readonly Touch[]): Touch[] {
  let lastAnswer = -1;
  touches.forEach((t, i) => {
    if (ANSWER_KINDS.includes(t.kind)) lastAnswer = i;
  });
  return touches.slice(lastAnswer + 1).filter((t) => MESSAGE_KINDS.includes(t.kind));
}

/** Voicemails left in a row at the end, with no written message after them. */
function trailingVoicemails(messages: readonly Touch[]): number {
  let count = 0;
  for (let i = messages.length - 1; i >= 0 && messages[i]?.kind === 'voicemail'; i -= 1) count += 1;
  return count;
}

/**
 * The first message is owed from the day the person became a target (stable
 * across recomputes, so it turns overdue rather than sliding forward), or now
 * for records that do not say when.
 */
function ownedSince(person: CadenceContext['person'], now: number): number {
  return person.targetedAt !== undefined && isUsableDate(person.targetedAt) && person.targetedAt < now ? person.targetedAt : now;
}

export function outreachAction(ctx: CadenceContext): CadenceAction {
  const { touches, settings, who } = ctx;
  const unanswered = unansweredMessages(touches);
  const last = unanswered[unanswered.length - 1];
  if (!last) {
    const answer = [...touches].reverse().find((t) => ANSWER_KINDS.includes(t.kind));
    return answer ? scheduleMeeting(ctx, answer) : firstContact(ctx);
  }

  // Method fact: "Follow up exactly when you said you would." A promised date
  // on the latest message is kept to the minute, even on a Monday or a
  // Friday; otherwise about a week later, on the next preferred calling day.
  const promised = last.promisedFollowUpAt;
  const due = isUsableDate(promised) ? promised : followUpDate(last.at, settings);
  const count = unanswered.length;

  // Method fact: "five unanswered messages is the hard stop." A message is
  // unanswered once its follow-up date passes, so the hard stop is due then,
  // and nothing more is suggested after it (the user marks the person moved on).
  if (count >= settings.hardStopAfter) {
    return {
      kind: 'move-on',
      due,
      reason: { code: 'hard-stop', params: [count, who] },
    };
  }
  // Method fact: "After a couple of unanswered voicemails, resend the original
  // letter with a short handwritten note proposing a new call time."
  if (trailingVoicemails(unanswered) >= 2) {
    return {
      kind: 'resend-with-note',
      due,
      reason: { code: 'resend-with-note', params: [who] },
      templateMoment: 'follow-up-2',
    };
  }
  // Method fact: "After three requests with no answer, assume no and move on."
  if (count >= settings.moveOnAfter) {
    return {
      kind: 'try-another-route',
      due,
      reason: { code: 'try-another-route', params: [count, who] },
    };
  }
  // Method fact: "No answer after about a week: send a short follow-up (reply to the original)."
  return {
    kind: 'follow-up',
    due,
    reason: { code: count === 1 ? 'follow-up-first' : 'follow-up-second', params: [who] },
    templateMoment: count === 1 ? 'follow-up-1' : 'follow-up-2',
  };
}

/**
 * They answered and no meeting is booked: the user owes them a proposed time,
 * now. Method fact: "book what suits them (lunch, before or after hours);
 * about 20 minutes". Kind 'follow-up' (no template; the reason says what).
 */
function scheduleMeeting(ctx: CadenceContext, answer: Touch): CadenceAction {
  return {
    kind: 'follow-up',
    due: answer.at,
    reason: { code: 'schedule-meeting', params: [ctx.who, ctx.settings.minutes] },
  };
}

/**
 * Nothing sent yet. Method fact: a referred contact gets the warm pitch that
 * names who referred you, "preferred whenever a referral exists"; if the
 * referrer insisted on contacting them first, wait for the agreed check-back
 * date. Anyone else: send the request now (the UI picks the template by approach).
 */
function firstContact(ctx: CadenceContext): CadenceAction {
  const { person, referral, now, who } = ctx;
  const referrer = ctx.introducerName?.trim() || person.referredByName?.trim();
  if (person.referredById || referrer) {
    const waitUntil = referral?.checkBackAt;
    const nameAllowed = person.referrerNameAllowed ?? referral?.nameAllowed ?? true;
    const by = referrer || '';
    // Method fact: if the referrer insists on contacting them first, the pitch
    // waits until the check-back with the referrer is logged (not merely its date).
    const checkedBack = ctx.referralCheckedBack || ctx.touches.some((t) => t.kind === 'check-back');
    if (isUsableDate(waitUntil) && !checkedBack) {
      return {
        kind: 'check-back-referrer',
        due: waitUntil,
        reason: { code: 'referral-held', params: [by, who] },
        templateMoment: 'check-back',
        recipient: 'introducer',
      };
    }
    return {
      kind: 'contact-referral',
      due: isUsableDate(waitUntil) && waitUntil > now ? waitUntil : ownedSince(person, now),
      reason: { code: nameAllowed ? 'contact-referral-named' : 'contact-referral-unnamed', params: [by, who] },
      templateMoment: nameAllowed ? 'referred-pitch' : undefined,
    };
  }
  return {
    kind: 'send-request',
    due: ownedSince(person, now),
    reason: { code: 'send-request', params: [who] },
  };
}
