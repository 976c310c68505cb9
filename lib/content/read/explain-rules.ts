/**
 * The words of `extract --explain`: the evidence types and what each rule code of
 * the extraction (classify-page, degree) means. No page data here.
 */

export interface Why {
  /** The rule (or selector) that decided the field, or why nothing did. */
  by: string;
  /** How many candidates the rule weighed. */
  seen?: number;
  /** Candidates set aside, as "<what>: <reason>" (counts, degrees and rule names only). */
  rejected?: string[];
}

/** Why each snapshot field says what it says. A separate object, not part of the snapshot contract. */
export type Evidence = Record<string, Why>;

/** By the page-kind rule (ownProfileRule codes and the walls). */
export const PAGE_RULES = {
  url: 'not a profile address (/in/<slug>/)',
  guest: 'logged-out public profile (top-card-layout): authwall, card read',
  'wall-url': 'auth-wall address leading back to a profile: authwall, nothing read',
  wall: 'auth-wall marker in the page: authwall, nothing read',
  'no-card': 'profile address but no top card: not a profile',
  'self-link': 'own profile: edit / isSelfProfile link in the card',
  'self-control': 'own profile: an own-profile control ("Edit intro", "Open to", …)',
  'self-badge': 'own profile: "· You" badge in the name line',
  'self-script': 'own profile: isMyProfile:true script (2015)',
} as const;

/** By DegreeReading.by (degree.ts), plus the SDUI flavour of "bare". */
export const DEGREE_RULES: Record<string, string> = {
  bare: 'the card badges not hidden by markup agree',
  'bare-sdui':
    'the bare badge of the name line (fewest data-display-contents wrappers; the wrapped one is the alternate state)',
  tie: 'badges of equal rank disagreed; the actions settled it',
  remove: 'no badge; "Remove connection" on offer',
  none: 'no badge in the card, and no relationship of the subject in the page JSON',
  json: 'no badge in the card; the page JSON relationship (fsd_memberRelationship) of the subject',
  conflict: 'badges of equal rank disagree and the actions do not settle it: unknown',
  actions:
    'the badge is contradicted by the actions (Connect / pending / InMail vs 1st, or Remove connection): unknown',
  layout: 'layout shows only other badges than the structural one: unknown',
  self: 'own profile',
  authwall: 'auth wall: no degree shown',
};
