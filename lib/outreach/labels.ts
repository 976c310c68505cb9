/** Short labels in the job seeker's words, for the badge, popup and side panel. */
import type { Stage, TouchKind } from '../model';
import type { Approach } from './approach-types';

export const APPROACH_TITLES: Record<Approach['kind'], string> = {
  'direct-ask': 'Direct ask',
  'introduction-request': 'Introduction request',
  'cold-email': 'Cold email',
  'referred-cold-email': 'Referred pitch',
  none: 'No approach',
};

/** "Introduction request via Laetitia", "Referred pitch (Sam referred you)". */
export function approachLabel(approach: Approach): string {
  const title = APPROACH_TITLES[approach.kind];
  const introducer = approach.introducers[0];
  if (approach.kind === 'introduction-request' && introducer) return `${title} via ${introducer.firstName || introducer.name}`;
  return title;
}

export const STAGE_LABELS: Record<Stage, string> = {
  'to-contact': 'To contact',
  requested: 'Requested',
  scheduled: 'Meeting scheduled',
  met: 'Met',
  'keep-in-touch': 'Keeping in touch',
  declined: 'Declined',
  'moved-on': 'Moved on',
};

export const NEXT_ACTION_LABELS: Record<string, string> = {
  'send-request': 'Send the request',
  'follow-up': 'Follow up',
  'resend-with-note': 'Resend with a note',
  'try-another-route': 'Try another route',
  'move-on': 'Move on',
  'prepare-meeting': 'Prepare the meeting',
  'write-notes': 'Write your notes',
  'send-thank-you': 'Send a thank-you',
  'thank-introducer': 'Thank the introducer',
  'check-back-referrer': 'Check back with the referrer',
  'contact-referral': 'Contact the referral',
  'keep-in-touch': 'Keep in touch',
};

export const nextActionLabel = (kind: string) => NEXT_ACTION_LABELS[kind] ?? kind;

export const TOUCH_LABELS: Record<TouchKind, string> = {
  request: 'Request sent',
  'follow-up': 'Follow-up sent',
  'introduction-request': 'Introduction requested',
  voicemail: 'Voicemail left',
  call: 'Call',
  reply: 'They replied',
  declined: 'They declined',
  'thank-you': 'Thank-you sent',
  'thank-introducer': 'Introducer thanked',
  'check-back': 'Checked back',
  update: 'Update sent',
};
