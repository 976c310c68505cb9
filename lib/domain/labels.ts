/**
 * Every short label in the job seeker's words, one table per stored value
 * (text in public/_locales/<locale>/messages.json). The badge, popup, side
 * panel and exported files all read these; each table is pure (tree-shaken
 * from bundles that do not use it).
 */
import { labels, plural, t, type MessageKey, type PluralBase } from './i18n';
import type {
  Channel,
  Degree,
  MeetingMode,
  MeetingStatus,
  NextActionReason,
  ObjectiveKind,
  Stage,
  Touch,
  TouchKind,
} from '@/lib/domain/model';
import type { Approach } from '@/lib/domain/approach/types';
import type { NextActionKind } from '@/lib/domain/cadence/types';

export const APPROACH_TITLES = /* @__PURE__ */ labels<Approach['kind']>({
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

/** How a degree reads, on the badge and in the extension's pages. */
export const DEGREE_LABELS = /* @__PURE__ */ labels<Degree>({
  '1st': 'degree1st',
  '2nd': 'degree2nd',
  '3rd': 'degree3rd',
  'out-of-network': 'degreeOutOfNetwork',
  self: 'degreeSelf',
  unknown: 'degreeUnknown',
});

export const STAGE_LABELS = /* @__PURE__ */ labels<Stage>({
  'to-contact': 'stageToContact',
  requested: 'stageRequested',
  scheduled: 'stageScheduled',
  met: 'stageMet',
  'keep-in-touch': 'stageKeepInTouch',
  declined: 'stageDeclined',
  'moved-on': 'stageMovedOn',
});

export const OBJECTIVE_LABELS = /* @__PURE__ */ labels<ObjectiveKind>({
  role: 'objectiveRole',
  company: 'objectiveCompany',
  industry: 'objectiveIndustry',
});

export const NEXT_ACTION_LABELS: Readonly<Record<string, string>> = /* @__PURE__ */ labels<NextActionKind>({
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
  'check-back-introducer': 'nextActionCheckBackIntroducer',
});

export const nextActionLabel = (kind: string) =>
  Object.hasOwn(NEXT_ACTION_LABELS, kind) ? NEXT_ACTION_LABELS[kind]! : kind;

export const TOUCH_LABELS = /* @__PURE__ */ labels<TouchKind>({
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
  'introducer-agreed': 'touchIntroducerAgreed',
  'introducer-declined': 'touchIntroducerDeclined',
  'introducer-asks-first': 'touchIntroducerAsksFirst',
  introduced: 'touchIntroduced',
});

export const CHANNEL_LABELS = /* @__PURE__ */ labels<Channel>({
  email: 'channelEmail',
  linkedin: 'channelLinkedin',
  phone: 'channelPhone',
  'in-person': 'channelInPerson',
  letter: 'channelLetter',
  other: 'channelOther',
});

export const MEETING_MODE_LABELS = /* @__PURE__ */ labels<MeetingMode>({
  'in-person': 'meetingModeInPerson',
  phone: 'meetingModePhone',
  video: 'meetingModeVideo',
});

export const MEETING_STATUS_LABELS = /* @__PURE__ */ labels<MeetingStatus>({
  scheduled: 'meetingScheduled',
  done: 'meetingHeld',
  cancelled: 'meetingCancelled',
});

/** Each reason code's message: [key, whether the first parameter is a count (a plural message)]. */
const REASONS: Readonly<Record<NextActionReason['code'], readonly [MessageKey | PluralBase, boolean]>> = {
  'send-request': ['cadenceSendRequest', false],
  'follow-up-first': ['cadenceFollowUpFirst', false],
  'follow-up-second': ['cadenceFollowUpSecond', false],
  'resend-with-note': ['cadenceResendWithNote', false],
  'try-another-route': ['cadenceTryAnotherRoute', true],
  'hard-stop': ['cadenceHardStop', true],
  'schedule-meeting': ['cadenceScheduleMeeting', false],
  'contact-referral-named': ['cadenceContactReferralNamed', false],
  'contact-referral-unnamed': ['cadenceContactReferralUnnamed', false],
  'prepare-questions': ['cadencePrepareQuestions', false],
  'prepare-review': ['cadencePrepareReview', true],
  'write-notes': ['cadenceWriteNotes', false],
  'thank-you': ['cadenceThankYou', false],
  'thank-introducer': ['cadenceThankIntroducer', false],
  'check-back': ['cadenceCheckBack', true],
  'keep-in-touch': ['cadenceKeepInTouch', false],
  'follow-up-introducer': ['cadenceFollowUpIntroducer', false],
  'introducer-agreed': ['cadenceIntroducerAgreed', false],
  'introducer-declined': ['cadenceIntroducerDeclined', false],
  'check-back-introducer': ['cadenceCheckBackIntroducer', false],
  'contact-introduced': ['cadenceContactIntroduced', false],
  'referral-held': ['cadenceReferralHeld', false],
};

/** Reasons whose first parameter is the introducer's name. */
const INTRODUCER_FIRST: readonly string[] = [
  'thank-introducer',
  'follow-up-introducer',
  'introducer-agreed',
  'introducer-declined',
  'check-back-introducer',
  'contact-introduced',
];

function fallbackFor(code: NextActionReason['code'], index: number): MessageKey {
  if (index === 0 && INTRODUCER_FIRST.includes(code)) return 'cadenceIntroducerFallback';
  if (index === 0 && code === 'referral-held') return 'cadenceReferrerFallback';
  if (index === 0 && code.startsWith('contact-referral')) return 'cadenceReferrerFallback';
  return 'cadenceWhoFallback';
}

/** Why a next action is owed, in the interface language (stored as a code and its parameters). */
export function reasonText(reason: NextActionReason | undefined): string {
  const entry = reason && Object.hasOwn(REASONS, reason.code) ? REASONS[reason.code] : undefined;
  if (!reason || !entry) return '';
  const [key, counted] = entry;
  // An unknown name is stored empty and worded here: "whoever introduced you", "someone you met", "this person".
  const params = reason.params.map((p, i) => (p === '' ? t(fallbackFor(reason.code, i)) : p));
  return counted ? plural(key as PluralBase, Number(params[0]) || 0, params) : t(key as MessageKey, params);
}

/** A note Inroads wrote on a touch, in the interface language. */
export function appNoteText(note: Touch['appNote']): string {
  if (!note) return '';
  return note.code === 'introducer' ? t('touchNoteIntroducer', note.params[0] ?? '') : t('touchNoteMarkedDone');
}
