import type { ChosenIntroducer, ProfileSnapshot, Settings, TemplateMoment } from '@/lib/domain/model';

/** What the database knows about one of the page's mutual connections. */
export interface KnownPerson {
  /** The Person id; absent for a connection known only from Connections.csv (the contact directory). */
  id?: string;
  name: string;
  profileUrl?: string;
  /** The user has met this person (an informational interview took place). */
  met: boolean;
  /** The person is tracked in Inroads as a target. */
  tracked: boolean;
  /** A known 1st-degree contact of the user (e.g. from Connections.csv). */
  firstDegree: boolean;
  /** For a colleague of the person being approached: the company they share, as written. */
  colleagueAt?: string;
}

/** Someone who referred the user to this person. */
export interface Referral {
  referrerId: string;
  referrerName: string;
  /** Whether the referrer allowed the user to use their name. */
  nameAllowed: boolean;
}

export interface ApproachInput {
  /** The page as read, with the degree to act on (effective.ts: the user's correction, else the page, else the database). */
  snapshot: ProfileSnapshot;
  /** The introducer the user chose: asked first, whatever the page lists. */
  chosen?: ChosenIntroducer;
  /** DB matches for snapshot.mutuals (by URL, else by name); possibly empty. */
  knownMutuals: KnownPerson[];
  /**
   * People the user knows (1st-degree connections, people met) who work at the
   * person's company: warm paths beside the mutuals LinkedIn lists. Each has `colleagueAt`.
   */
  colleagues?: KnownPerson[];
  referral?: Referral;
  settings: Settings;
}

export type ApproachKind = 'direct-ask' | 'introduction-request' | 'cold-email' | 'referred-cold-email';

export type IntroducerTier = 'chosen' | 'met' | 'tracked' | 'first-degree' | 'colleague' | 'listed';

/** A mutual connection who could introduce the user, best first. */
export interface IntroducerOption {
  name: string;
  firstName: string;
  url?: string;
  personId?: string;
  /** 1-based position in the ranked list (1 = ask this one first). */
  rank: number;
  tier: IntroducerTier;
  why: string;
  /** Set when they work at the person's company (a warm path LinkedIn does not list). */
  colleagueAt?: string;
}

export interface Approach {
  kind: ApproachKind | 'none';
  /** The default template moment for this approach. */
  templateMoment?: TemplateMoment;
  channel: 'linkedin' | 'email' | 'phone' | 'none';
  /** Plain-words reasons from the method, most important first. */
  reasons: string[];
  /** Things the user must check or do before relying on the advice. */
  warnings: string[];
  introducers: IntroducerOption[];
  /** Minutes to ask for: 15 for a direct ask, settings.minutes otherwise. */
  minutes: number;
}

/** The method's "about 15 minutes on the phone" for people who know you. */
export const DIRECT_ASK_MINUTES = 15;
