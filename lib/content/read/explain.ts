/**
 * The evidence codes of evidence.ts in words, for `npm run extract -- --explain`
 * and the popup's "Copy diagnostics" (the content script collects the codes, the
 * reader gets sentences). Words about rules only: no page data passes through here
 * other than the codes, selectors, degrees and counts the collector put in.
 */
import { collectEvidence, type Evidence, type Why } from './evidence';

export type { Evidence, Why } from './evidence';

const WORDS: Record<string, Record<string, string>> = {
  page: {
    url: 'not a profile address (/in/<slug>/)',
    guest: 'logged-out public profile (top-card-layout): authwall, card read',
    'wall-url': 'auth-wall address leading back to a profile: authwall, nothing read',
    wall: 'auth-wall marker in the page: authwall, nothing read',
    'no-card': 'profile address but no top card: not a profile',
    'self-link': 'own profile: edit / isSelfProfile link in the card',
    'self-control': 'own profile: an own-profile control ("Edit intro", "Open to", …)',
    'self-badge': 'own profile: "· You" badge in the name line',
    'self-script': 'own profile: isMyProfile:true script (2015)',
  },
  identity: {
    match: "match: the card's links name this URL's profile",
    unknown: 'unknown: the card names nobody; kept, as an era top card that nothing contradicts',
    'unknown:withheld': 'unknown: a generic card naming nobody: card data withheld',
    'mismatch:withheld': 'mismatch: the card names another profile (SPA navigation in flight?): card data withheld',
  },
  field: {
    none: 'not found',
    'contact:above': 'line above the contact-info link',
    'contact:beside': 'line beside the contact-info link',
    'company-line': '"Company · School" line',
    '[aria-label]': 'control labelled "Current company" ([aria-label])',
  },
  degree: {
    bare: 'the card badges not hidden by markup agree',
    'bare-sdui':
      'the bare badge of the name line (fewest data-display-contents wrappers; the wrapped one is the alternate state)',
    tie: 'badges of equal rank disagreed; the actions settled it',
    remove: 'no badge; "Remove connection" on offer',
    none: 'no badge in the card, and no single relationship of the subject in the page JSON',
    json: 'no badge in the card; the page JSON relationship (fsd_memberRelationship) of the subject',
    conflict: 'badges of equal rank disagree and the actions do not settle it: unknown',
    actions:
      'the badge is contradicted by the actions (Connect / pending / InMail vs 1st, or Remove connection): unknown',
    layout: 'layout shows only other badges than the structural one: unknown',
    self: 'own profile',
    authwall: 'auth wall: no degree shown',
    'id-url': 'the URL',
    'id-card': 'the card',
    'id-json': 'the JSON profile of the slug',
    'id-none': 'nowhere (not found)',
  },
  rejected: {
    wrapped: 'one layout wrapper deeper (alternate state)',
    hidden: 'hidden by markup',
    'layout:none': 'layout: none (jsdom / saved page): structure alone decides',
    layout: 'layout check',
    outside: 'badges outside the top card: never read (sidebars, carousels)',
    others: 'relationship entities of other members: ignored',
    menu: 'inside a menu (never primary, never degree evidence)',
    other: 'controls that are no action',
    followerOf: '"Followed by" (followerOf=) link: not mutuals',
  },
  primaryAction: {
    styled: 'styled primary (PRIMARY_CLASS)',
    first: 'first action in document order',
    none: 'no outreach action',
    'n/a': 'not applicable (own profile / auth wall)',
  },
  mutuals: {
    link: 'connectionOf link (network ["F"]) of the subject in the card',
    'link-outside': 'connectionOf link of the subject outside the card',
    sentence: 'mutual sentence in the card (names in strong elements)',
    none: 'none',
    'n/a': 'not applicable (own profile / auth wall)',
  },
  memberUrn: { card: 'card (componentkey, profileUrn, connectionOf)', mutuals: 'mutuals link', none: 'none' },
};

const FIELDS = new Set(['name', 'headline', 'company', 'location']);

function words(key: string, code: string): string {
  const table = WORDS[FIELDS.has(key) ? 'field' : key] ?? {};
  if (table[code]) return table[code];
  const [head = '', ...rest] = code.split(':');
  const tail = rest.join(':');
  if (key === 'page') return table[head] ? `${table[head]} (${tail})` : `${code} top card, no own-profile marker`;
  if (key === 'card') return `${head}: ${tail || 'section around the first h1 in <main>'}`;
  if (key === 'degree')
    return `${table[head] ?? head}; subject's member id from ${table[tail] ?? 'the JSON profile of the slug'}`;
  return code; // a selector
}

function rejectedWords(code: string): string {
  const r = WORDS.rejected ?? {};
  const [head = '', tail = ''] = code.split(':');
  if (r[code]) return r[code];
  if (head === 'layout') return `${r.layout}: ${tail.replace(/=1/g, ' laid out').replace(/=0/g, ' not laid out')}`;
  return /^\d+$/.test(tail) ? `${tail} ${r[head] ?? head}` : `${head}: ${r[tail] ?? tail}`;
}

/** The evidence in words (codes and counts kept, meaning added). */
export function describeEvidence(evidence: Evidence): Evidence {
  const out: Evidence = {};
  for (const [key, why] of Object.entries(evidence)) {
    const described: Why = { by: words(key, why.by) };
    if (why.seen !== undefined) described.seen = why.seen;
    if (why.rejected) described.rejected = why.rejected.map(rejectedWords);
    out[key] = described;
  }
  return out;
}

/** The snapshot of `doc` at `url`, and the evidence behind each field in words. */
export function explainProfile(doc: Document, url: string): ReturnType<typeof collectEvidence> {
  const { snapshot, evidence } = collectEvidence(doc, url);
  return { snapshot, evidence: describeEvidence(evidence) };
}
