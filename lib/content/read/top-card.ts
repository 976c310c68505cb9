/**
 * Finding the subject's top card, and whose profile it shows. Every other
 * reading is scoped to the card this returns.
 */
import { absoluteLinkedInUrl, isMemberIdSlug, publicIdFromProfileUrl } from '@/lib/domain/identity/profile-url';
import {
  GENERIC_NAME_IN_MAIN,
  NAME_HEADING,
  PROFILE_LINKS,
  TOP_CARD,
  type Era,
} from '@/lib/content/read/selectors/top-card';
import { MEMBER_ID_LINKS, VANITY_LINKS } from '@/lib/content/read/selectors/signals';

const TOP_CARD_ANY = TOP_CARD.map(([, selector]) => selector).join(',');

export interface TopCard {
  el: Element;
  era: Era;
}

/**
 * Cheap test run before `matches` on each element walked: it must accept every
 * element a TOP_CARD selector can match (keep the two in step).
 */
function mayBeCard(el: Element): boolean {
  if (el.hasAttribute('componentkey') || el.hasAttribute('data-view-name') || el.hasAttribute('data-member-id'))
    return true;
  return el.id.endsWith('Topcard') || el.id === 'top-card' || /top-card|vcard/.test(el.getAttribute('class') ?? '');
}

/** The top card of the page's subject, by era, or null (search page, feed, empty, still loading). */
export function findTopCard(doc: Document): TopCard | null {
  // The card sits early in <main>: walk from there and stop at the first match (one cheap
  // pass, fast in browsers and in jsdom alike), then take its era by priority.
  // (Two queries, not one selector list: jsdom is very slow on lists with attribute selectors.)
  const main = doc.querySelector('main') ?? doc.querySelector('[role="main"]');
  const walker = doc.createTreeWalker(main ?? doc, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let node = walker.currentNode, n = 0; node && n < 100000; node = walker.nextNode() as Node, n++) {
    const el = node as Element;
    if (node.nodeType !== 1 || !mayBeCard(el) || !el.childElementCount || !el.matches(TOP_CARD_ANY)) continue;
    const era = TOP_CARD.find(([, selector]) => el.matches(selector))?.[0];
    if (era) return { el, era };
  }
  const h1 = main?.querySelector(GENERIC_NAME_IN_MAIN);
  const card = h1?.closest('section') ?? h1?.parentElement?.parentElement ?? null;
  return card ? { el: card, era: 'generic' } : null;
}

/** Sub-pages of the subject linked from their own card: /in/<slug>/overlay/contact-info/ etc. */
const OWN_SUBPAGES = new Set(['overlay', 'detail', 'details', 'edit', 'recent-activity', 'add-edit']);
const MEMBER_ID = /ACoAA[A-Za-z0-9_-]{10,100}/g;
const CARD_KEY_ID = /ref(ACoAA[A-Za-z0-9_-]{10,100}?)Topcard$/;

/** Who the card says it shows: vanity slugs and member ids found in its own links. */
export interface CardIdentity {
  slugs: string[];
  memberIds: string[];
}

function hrefs(card: Element, selector: string): URL[] {
  const out: URL[] = [];
  for (const a of Array.from(card.querySelectorAll(selector)).slice(0, 200)) {
    const url = absoluteLinkedInUrl(a.getAttribute('href') ?? '');
    if (url) out.push(url);
  }
  return out;
}

export function readCardIdentity(card: Element): CardIdentity {
  const slugs = new Set<string>();
  const ids = new Set<string>();
  for (const attr of ['componentkey', 'id']) {
    const m = CARD_KEY_ID.exec(card.getAttribute(attr) ?? '');
    if (m?.[1]) ids.add(m[1]);
  }
  for (const a of Array.from(card.querySelectorAll(PROFILE_LINKS)).slice(0, 200)) {
    const url = absoluteLinkedInUrl(a.getAttribute('href') ?? '');
    const parts = url?.pathname.split('/').filter(Boolean) ?? [];
    // Its own sub-pages, or the link around the name heading (SDUI: a[href="/in/<slug>/"] > div > div > h2).
    const own = OWN_SUBPAGES.has(parts[2] ?? '') || (parts.length === 2 && a.querySelector(NAME_HEADING));
    const slug = url && own ? publicIdFromProfileUrl(url.href) : null;
    if (slug) slugs.add(slug);
  }
  for (const url of hrefs(card, VANITY_LINKS)) {
    const vanity = url.searchParams.get('vanityName') ?? url.searchParams.get('vieweeVanityName');
    const slug = vanity && publicIdFromProfileUrl(`https://www.linkedin.com/in/${encodeURIComponent(vanity)}/`);
    if (slug) slugs.add(slug);
  }
  for (const url of hrefs(card, MEMBER_ID_LINKS)) {
    for (const key of ['profileUrn', 'connectionOf', 'facetConnectionOf']) {
      for (const m of (url.searchParams.get(key) ?? '').matchAll(MEMBER_ID)) ids.add(m[0]);
    }
  }
  return { slugs: [...slugs], memberIds: [...ids] };
}

export type IdentityVerdict = 'match' | 'mismatch' | 'unknown';

/** Does the card show the profile whose slug is `publicId`? 'unknown' when the card names nobody. */
export function compareIdentity(identity: CardIdentity, publicId: string): IdentityVerdict {
  const byId = isMemberIdSlug(publicId);
  const known = byId
    ? [...identity.memberIds, ...identity.slugs.filter(isMemberIdSlug)]
    : identity.slugs.filter((s) => !isMemberIdSlug(s));
  if (!known.length) return 'unknown';
  return known.includes(publicId) ? 'match' : 'mismatch';
}
