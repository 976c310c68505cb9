/**
 * What is owed on the introducer's thread (introducer-thread.ts), before any
 * meeting with the target. Method facts: "No answer after about a week: send a
 * short follow-up" (to the introducer, who was asked); "If the person insists
 * on contacting them first, agree a specific check-back date within 7–10
 * days" and keep it; after three unanswered requests, try another route.
 */
import { followUpDate, isUsableDate } from './dates';
import type { IntroducerThread } from './introducer-thread';
import type { CadenceAction, CadenceContext } from './types';

/** The introducer's name for reasons ('' is worded "whoever introduced you"). */
export function introducerNameOf(ctx: CadenceContext, thread?: IntroducerThread): string {
  // A name typed (or read on the page) for the request is the thread's own; a linked person comes named by the store.
  const typed = thread && !thread.introducerId ? thread.introducerName?.trim() : undefined;
  return typed || ctx.introducerName?.trim() || thread?.introducerName?.trim() || ctx.person.referredByName?.trim() || '';
}

function unansweredAction(ctx: CadenceContext, thread: IntroducerThread): CadenceAction | undefined {
  const { settings, who } = ctx;
  const last = thread.unanswered[thread.unanswered.length - 1];
  if (!last) return undefined;
  const by = introducerNameOf(ctx, thread);
  // Follow up exactly when you said you would; else about a week later, on a calling day.
  const due = isUsableDate(last.promisedFollowUpAt) ? last.promisedFollowUpAt : followUpDate(last.at, settings);
  const count = thread.unanswered.length;
  if (count >= settings.hardStopAfter) return { kind: 'move-on', due, reason: { code: 'hard-stop', params: [count, by || who] } };
  if (count >= settings.moveOnAfter) {
    return { kind: 'try-another-route', due, reason: { code: 'try-another-route', params: [count, by || who] } };
  }
  return {
    kind: 'follow-up',
    due,
    reason: { code: 'follow-up-introducer', params: [by, who] },
    templateMoment: count === 1 ? 'follow-up-1' : 'follow-up-2',
    recipient: 'introducer',
  };
}

/**
 * What the introducer's thread owes while it holds the target (asked, agreed,
 * asks-first) or ended it (declined); undefined once the target's own thread
 * has started.
 */
export function introducerAction(ctx: CadenceContext, thread: IntroducerThread): CadenceAction | undefined {
  const { settings, who } = ctx;
  const by = introducerNameOf(ctx, thread);
  switch (thread.state) {
    case 'asked':
      return unansweredAction(ctx, thread);
    case 'agreed':
      // They will introduce you: give it about a week, then check in with them
      // (or write to the target using their name, which starts the target's thread).
      return {
        kind: 'follow-up',
        due: followUpDate(thread.since, settings),
        reason: { code: 'introducer-agreed', params: [by, who] },
        templateMoment: 'follow-up-1',
        recipient: 'introducer',
      };
    case 'asks-first':
      return {
        kind: 'check-back-introducer',
        due: thread.checkBackAt ?? followUpDate(thread.since, settings),
        reason: { code: 'check-back-introducer', params: [by, who] },
        templateMoment: 'check-back-introducer',
        recipient: 'introducer',
      };
    case 'declined':
      return thread.targetTouches.some((t) => t.at >= thread.since)
        ? undefined
        : { kind: 'try-another-route', due: thread.since, reason: { code: 'introducer-declined', params: [by, who] } };
    case 'introduced':
      return undefined;
  }
}

/**
 * The target's thread has started with nothing sent to them yet: write to
 * them naming the introducer (reply to the introduction), from when it happened.
 */
export function contactIntroducedAction(ctx: CadenceContext, thread: IntroducerThread): CadenceAction {
  return {
    kind: 'contact-referral',
    due: thread.since,
    reason: { code: 'contact-introduced', params: [introducerNameOf(ctx, thread), ctx.who] },
    templateMoment: 'referred-pitch',
  };
}
