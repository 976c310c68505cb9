/**
 * The model's fixed value lists and default settings, free of zod: the popup
 * and side panel read these on first paint without loading the schemas, which
 * only writes and imports need (lib/domain/model/*.ts build their enums from these).
 */
import type { Settings } from './settings';

/** Connection degree as LinkedIn shows it; `unknown` is an answer, never a guess. */
export const DEGREES = ['1st', '2nd', '3rd', 'out-of-network', 'self', 'unknown'] as const;
export const PAGE_KINDS = ['profile', 'self', 'authwall', 'not-profile'] as const;
export const PRIMARY_ACTIONS = ['message', 'connect', 'follow', 'unknown'] as const;

/** A viewed profile is a candidate; one the user chose to reach is a target. */
export const PERSON_KINDS = ['candidate', 'target'] as const;

/** Where a target stands in the informational-interview method. */
export const STAGES = ['to-contact', 'requested', 'scheduled', 'met', 'keep-in-touch', 'declined', 'moved-on'] as const;

/** What the user wants to learn from this person. */
export const OBJECTIVE_KINDS = ['industry', 'company', 'role'] as const;

/** Where the user stands with a target company. */
export const COMPANY_STATUSES = ['researching', 'reaching-out', 'paused', 'done'] as const;

/** Fields the user edited by hand; page refreshes never overwrite them. */
export const EDITABLE_FIELDS = ['name', 'headline', 'company', 'location', 'email', 'phone'] as const;

/** What the user corrected of what the page showed (kept in userEdited, like edited fields). */
export const CORRECTABLE_FIELDS = ['degree', 'introducer'] as const;

/**
 * Why a next action is owed, as a code (rendered in the interface language
 * when shown: lib/domain/labels.ts reasonText), never a stored sentence.
 */
export const REASON_CODES = [
  'send-request',
  'follow-up-first',
  'follow-up-second',
  'resend-with-note',
  'try-another-route',
  'hard-stop',
  'schedule-meeting',
  'contact-referral-named',
  'contact-referral-unnamed',
  'prepare-questions',
  'prepare-review',
  'write-notes',
  'thank-you',
  'thank-introducer',
  'check-back',
  'keep-in-touch',
  'follow-up-introducer',
  'introducer-agreed',
  'introducer-declined',
  'check-back-introducer',
  'contact-introduced',
  'referral-held',
] as const;

/** Notes Inroads itself writes on a touch, as codes (rendered when shown). */
export const APP_NOTE_CODES = ['marked-done', 'introducer'] as const;

/** Every kind of outreach event the method tracks. */
export const TOUCH_KINDS = [
  'request',
  'follow-up',
  'introduction-request',
  'voicemail',
  'call',
  'reply',
  'declined',
  'thank-you',
  'thank-introducer',
  'check-back',
  'update',
  // The introducer's thread, logged on the target's record (the request names the introducer).
  'introducer-agreed',
  'introducer-declined',
  'introducer-asks-first',
  'introduced',
] as const;

/** Whom a next action's message goes to: the target (the default) or their introducer. */
export const RECIPIENTS = ['target', 'introducer'] as const;
export const CHANNELS = ['email', 'linkedin', 'phone', 'in-person', 'letter', 'other'] as const;

export const MEETING_MODES = ['in-person', 'phone', 'video'] as const;
export const MEETING_STATUSES = ['scheduled', 'done', 'cancelled'] as const;

/** The approach or moment in the method a template serves. */
export const TEMPLATE_MOMENTS = [
  'direct-ask',
  'introduction-request',
  'introduction-blurb',
  'cold-email',
  'referred-pitch',
  'follow-up-1',
  'follow-up-2',
  'voicemail',
  'thank-you',
  'thank-introducer',
  'referral-ask',
  'check-back',
  'check-back-introducer',
  'progress-update',
  'meeting-questions',
  'connection-note-direct',
  'connection-note-introduced',
  'connection-note-cold',
] as const;

/** What `Settings.parse({})` gives (a unit test keeps the two equal). */
export const DEFAULT_SETTINGS: Settings = {
  myName: '',
  myEmail: '',
  myPhone: '',
  signature: '',
  targetRole: '',
  minutes: 20,
  followUpDays: 7,
  preferredDays: [2, 3, 4],
  keepInTouchDays: 60,
  moveOnAfter: 3,
  hardStopAfter: 5,
  badgeEnabled: true,
  quietMode: false,
  dailyNotification: false,
  timeZone: '',
};
