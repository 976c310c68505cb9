/**
 * What the follow-up list's buttons do for each kind of next action: which
 * touch "Done" records (the user did it another way), and which template a
 * one-click draft starts from. Pure.
 */
import type { NextAction, TemplateMoment, TouchKind } from '@/lib/domain/model';
import { TEMPLATE_MOMENTS } from '@/lib/domain/model/constants';
import type { ApproachKind } from '@/lib/domain/approach/types';

/** What "Done" does for a next action. */
export type DoneEffect =
  /** Log the touch the action implies (the row then moves on). */
  | { type: 'touch'; kind: TouchKind }
  /** Preparing leaves nothing to log: hide the row until the meeting starts. */
  | { type: 'snooze-until-meeting' }
  /** Notes are written on the meeting itself. */
  | { type: 'open-meeting' }
  /** They answered: the next step is to book the meeting on the person. */
  | { type: 'schedule-meeting' }
  /** No answer after several messages: move on (after a confirm), or try another route. */
  | { type: 'move-on' };

/** The touch a next action implies when done, by kind (undefined: nothing to log). */
export const ACTION_TOUCH: Readonly<Record<string, TouchKind>> = {
  'send-request': 'request',
  'contact-referral': 'request',
  'follow-up': 'follow-up',
  'resend-with-note': 'follow-up',
  'send-thank-you': 'thank-you',
  'thank-introducer': 'thank-introducer',
  'check-back-referrer': 'check-back',
  'check-back-introducer': 'check-back',
  'keep-in-touch': 'update',
};

export function touchKindForAction(kind: string): TouchKind | undefined {
  return Object.hasOwn(ACTION_TOUCH, kind) ? ACTION_TOUCH[kind] : undefined;
}

/**
 * A 'follow-up' with no template is the cadence's "they answered: agree a
 * time" step (cadence-outreach.ts): nothing to send a follow-up for.
 */
export function isAnsweredStep(action: Pick<NextAction, 'kind' | 'templateMoment'>): boolean {
  return action.kind === 'follow-up' && !action.templateMoment;
}

export function doneEffect(action: Pick<NextAction, 'kind' | 'templateMoment'>): DoneEffect | undefined {
  if (isAnsweredStep(action)) return { type: 'schedule-meeting' };
  switch (action.kind) {
    case 'prepare-meeting':
      return { type: 'snooze-until-meeting' };
    case 'write-notes':
      return { type: 'open-meeting' };
    case 'try-another-route':
    case 'move-on':
      return { type: 'move-on' };
  }
  const kind = touchKindForAction(action.kind);
  return kind ? { type: 'touch', kind } : undefined;
}

/** The template moment of each approach (a referred pitch has its own). */
const APPROACH_MOMENTS: Record<ApproachKind, TemplateMoment> = {
  'direct-ask': 'direct-ask',
  'introduction-request': 'introduction-request',
  'cold-email': 'cold-email',
  'referred-cold-email': 'referred-pitch',
};

/** Template moments fitting each kind when the action names none. */
const KIND_MOMENTS: Readonly<Record<string, TemplateMoment>> = {
  'follow-up': 'follow-up-1',
  'resend-with-note': 'follow-up-2',
  'send-thank-you': 'thank-you',
  'thank-introducer': 'thank-introducer',
  'check-back-referrer': 'check-back',
  'check-back-introducer': 'check-back-introducer',
  'keep-in-touch': 'progress-update',
};

/**
 * The template a one-click draft starts from: the action's own moment, else
 * one fitting its kind; a first request follows the approach (direct ask,
 * introduction request, cold email). Undefined when no message fits (prepare,
 * notes, move on, the "they answered" step).
 */
export function draftMomentFor(
  action: Pick<NextAction, 'kind' | 'templateMoment'>,
  approach?: ApproachKind | 'none',
): TemplateMoment | undefined {
  const own = TEMPLATE_MOMENTS.find((m) => m === action.templateMoment);
  if (own) return own;
  if (isAnsweredStep(action)) return undefined;
  if (action.kind === 'send-request' || action.kind === 'contact-referral') {
    return approach && approach !== 'none' ? APPROACH_MOMENTS[approach] : 'cold-email';
  }
  return Object.hasOwn(KIND_MOMENTS, action.kind) ? KIND_MOMENTS[action.kind] : undefined;
}
