/**
 * The introducer's thread. Method fact: a 2nd-degree target is reached through
 * an introduction request sent TO a mutual contact, about the target. Its
 * lifecycle — asked → agreed / declined / no answer → introduced (or "I'll ask
 * first: check back on <date>") → thanked — is recorded as touches on the
 * target's record (the request carries the introducer: introducerId, or the
 * typed name in its app note), so no table changes.
 *
 * Touches are read oldest first. Messages sent while the introducer still owes
 * an answer (follow-ups, a check-back) are to the introducer; the target's own
 * thread starts when the introduction happens, when the user writes to the
 * target directly "using their name" (a request), or when the target answers.
 */
import type { Touch } from '@/lib/domain/model/touch';

export type IntroducerState = 'asked' | 'agreed' | 'declined' | 'asks-first' | 'introduced';

export interface IntroducerThread {
  state: IntroducerState;
  /** The introducer's Person id, when known. */
  introducerId?: string;
  /** The introducer's name as typed or read from the page (when no person is linked). */
  introducerName?: string;
  /** When the introduction was asked for. */
  askedAt: number;
  /** Messages to the introducer since their last answer (the request, follow-ups, a check-back). */
  unanswered: Touch[];
  /** When the state was entered (agreed, declined, introduced, asks-first). */
  since: number;
  /** The date the introducer gave ("check back on…"), when they asked first. */
  checkBackAt?: number;
  /** When the introducer was last thanked. */
  thankedAt?: number;
  /** The target's own thread: the touches to and from the target. */
  targetTouches: Touch[];
}

/** The steps the user logs on the introducer's thread (the side panel's buttons). */
export const INTRODUCER_STEPS = ['introducer-agreed', 'introducer-declined', 'introducer-asks-first', 'introduced'] as const;

/** What the introducer said, as a state. */
const STEP_STATE: Readonly<Record<string, IntroducerState>> = {
  'introducer-agreed': 'agreed',
  'introducer-declined': 'declined',
  'introducer-asks-first': 'asks-first',
  introduced: 'introduced',
};

/** They answered (types.ts ANSWER_KINDS, kept here so the thread's module stands alone). */
const ANSWER_KINDS: readonly string[] = ['reply', 'call'];

/** Messages that, while the introducer owes an answer, go to the introducer. */
const TO_INTRODUCER: readonly string[] = ['introduction-request', 'follow-up', 'voicemail', 'check-back'];

function introducerOf(touch: Touch): { introducerId?: string; introducerName?: string } {
  const typed = touch.appNote?.code === 'introducer' ? touch.appNote.params[0]?.trim() : undefined;
  return {
    ...(touch.introducerId ? { introducerId: touch.introducerId } : {}),
    ...(typed ? { introducerName: typed } : {}),
  };
}

/**
 * The introducer's thread from a target's touches (oldest first), or
 * undefined when no introduction was asked for. `defaultCheckBack(at)` gives
 * the check-back date when the introducer asked first without one.
 */
export function introducerThread(
  touches: readonly Touch[],
  defaultCheckBack: (at: number) => number,
): IntroducerThread | undefined {
  let thread: IntroducerThread | undefined;
  const before: Touch[] = [];
  for (const touch of touches) {
    if (!thread) {
      if (touch.kind === 'introduction-request') {
        thread = { state: 'asked', ...introducerOf(touch), askedAt: touch.at, since: touch.at, unanswered: [touch], targetTouches: before };
      } else before.push(touch);
      continue;
    }
    step(thread, touch, defaultCheckBack);
  }
  return thread;
}

function step(thread: IntroducerThread, touch: Touch, defaultCheckBack: (at: number) => number): void {
  const kind = touch.kind;
  if (kind === 'thank-introducer') {
    thread.thankedAt = touch.at;
    return;
  }
  const said = STEP_STATE[kind];
  if (said) {
    thread.state = said;
    thread.since = touch.at;
    thread.unanswered = [];
    if (said === 'asks-first') thread.checkBackAt = touch.promisedFollowUpAt ?? defaultCheckBack(touch.at);
    return;
  }
  const waiting = thread.state === 'asked' || thread.state === 'agreed' || thread.state === 'asks-first';
  if (waiting && kind === 'introduction-request') {
    Object.assign(thread, { ...introducerOf(touch), state: 'asked', since: touch.at });
    thread.unanswered.push(touch);
    return;
  }
  if (waiting && TO_INTRODUCER.includes(kind)) {
    // A check-back made (or a nudge sent) waits for the introducer's answer again.
    if (thread.state === 'asks-first' || thread.state === 'agreed') thread.state = 'asked';
    thread.unanswered.push(touch);
    return;
  }
  // A request to the target "using their name", or the target answering: their own thread has started.
  if (waiting && (kind === 'request' || ANSWER_KINDS.includes(kind))) {
    thread.state = 'introduced';
    thread.since = touch.at;
    thread.unanswered = [];
  }
  thread.targetTouches.push(touch);
}

/** Whether the introducer still holds the target's thread (nothing owed to the target yet). */
export function holdsTarget(thread: IntroducerThread): boolean {
  return thread.state !== 'introduced' && thread.state !== 'declined';
}
