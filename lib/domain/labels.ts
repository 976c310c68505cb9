/** Short labels in the job seeker's words, for the badge, popup and side panel (text in messages.json). */
import { labels, t } from './i18n';
import type { Stage, TouchKind } from '@/lib/domain/model';
import type { Approach } from '@/lib/domain/approach/types';
import type { NextActionKind } from '@/lib/domain/cadence/types';

export const APPROACH_TITLES = labels<Approach['kind']>({
  'direct-ask': 'approachDirectAsk',
  'introduction-request': 'approachIntroductionRequest',
  'cold-email': 'approachColdEmail',
  'referred-cold-email': 'approachReferredPitch',
  none: 'approachNone',
});

/** "Introduction request via Laetitia", "Referred pitch (Sam referred you)". */
export function approachLabel(approach: Approach): string {
  const title = APPROACH_TITLES[approach.kind];
  const introducer = approach.introducers[0];
  if (approach.kind === 'introduction-request' && introducer) {
    return t('approachVia', [title, introducer.firstName || introducer.name]);
  }
  return title;
}

export const STAGE_LABELS = labels<Stage>({
  'to-contact': 'stageToContact',
  requested: 'stageRequested',
  scheduled: 'stageScheduled',
  met: 'stageMet',
  'keep-in-touch': 'stageKeepInTouch',
  declined: 'stageDeclined',
  'moved-on': 'stageMovedOn',
});

export const NEXT_ACTION_LABELS: Readonly<Record<string, string>> = labels<NextActionKind>({
  'send-request': 'nextActionSendRequest',
  'follow-up': 'nextActionFollowUp',
  'resend-with-note': 'nextActionResendWithNote',
  'try-another-route': 'nextActionTryAnotherRoute',
  'move-on': 'nextActionMoveOn',
  'prepare-meeting': 'nextActionPrepareMeeting',
  'write-notes': 'nextActionWriteNotes',
  'send-thank-you': 'nextActionSendThankYou',
  'thank-introducer': 'nextActionThankIntroducer',
  'check-back-referrer': 'nextActionCheckBackReferrer',
  'contact-referral': 'nextActionContactReferral',
  'keep-in-touch': 'nextActionKeepInTouch',
});

export const nextActionLabel = (kind: string) =>
  Object.hasOwn(NEXT_ACTION_LABELS, kind) ? NEXT_ACTION_LABELS[kind]! : kind;

export const TOUCH_LABELS = labels<TouchKind>({
  request: 'touchRequest',
  'follow-up': 'touchFollowUp',
  'introduction-request': 'touchIntroductionRequest',
  voicemail: 'touchVoicemail',
  call: 'touchCall',
  reply: 'touchReply',
  declined: 'touchDeclined',
  'thank-you': 'touchThankYou',
  'thank-introducer': 'touchThankIntroducer',
  'check-back': 'touchCheckBack',
  update: 'touchUpdate',
});
