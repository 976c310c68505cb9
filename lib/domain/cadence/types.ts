/** Types shared by the cadence rules (cadence.ts and its cadence-*.ts parts). */
import type { GivenReferral, Meeting } from '@/lib/domain/model/meeting';
import type { NextAction, Person } from '@/lib/domain/model/person';
import type { Settings } from '@/lib/domain/model/settings';
import type { TemplateMoment } from '@/lib/domain/model/template';
import type { Touch, TouchKind } from '@/lib/domain/model/touch';
import type { IntroducerThread } from './introducer-thread';

export const NEXT_ACTION_KINDS = [
  'send-request',
  'follow-up',
  'resend-with-note',
  'try-another-route',
  'move-on',
  'prepare-meeting',
  'write-notes',
  'send-thank-you',
  'thank-introducer',
  'check-back-referrer',
  'contact-referral',
  'keep-in-touch',
  'check-back-introducer',
] as const;
export type NextActionKind = (typeof NEXT_ACTION_KINDS)[number];

export interface CadenceInput {
  /** kind, stage, referredById / referredByName, referrerNameAllowed, snoozedUntil… */
  person: Person;
  /** This person's touches, any order. */
  touches: Touch[];
  /** This person's meetings, any order. */
  meetings: Meeting[];
  /**
   * Name of whoever introduced or referred the user to this person (the
   * referrer, or the introducer of an introduction request), to say whom to
   * thank. Falls back to person.referredByName.
   */
  introducerName?: string;
  /**
   * For a referred person: their entry in the referrer's meeting. When the
   * referrer insisted on contacting them first, the first contact waits for
   * its checkBackAt.
   */
  referral?: GivenReferral;
  /** Whether the check-back with the referrer (referral.checkBackAt) was logged: until then the pitch waits. */
  referralCheckedBack?: boolean;
  settings: Settings;
  now: number;
}

/** A NextAction (lib/domain/model/person.ts) with the kind and template moment typed. */
export interface CadenceAction extends NextAction {
  kind: NextActionKind;
  templateMoment?: TemplateMoment;
}

/** Input after cleaning: touches and meetings with usable dates, oldest first. */
export interface CadenceContext extends CadenceInput {
  /** The user's zone, or undefined for the runtime's. */
  zone: string | undefined;
  /** What to call the person in reasons. */
  who: string;
  /** The introducer's thread, when an introduction was asked for. */
  thread?: IntroducerThread;
}

/**
 * Messages the user sent that ask for an answer. A voicemail counts: it asks
 * them to call back and says when you will call again, so an unanswered
 * voicemail is an unanswered message toward the "three, then five" limits.
 */
export const MESSAGE_KINDS: readonly TouchKind[] = ['request', 'introduction-request', 'follow-up', 'voicemail'];

/** They answered: a reply, or a call that reached them (a voicemail did not). */
export const ANSWER_KINDS: readonly TouchKind[] = ['reply', 'call'];
