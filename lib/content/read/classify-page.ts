/**
 * What kind of page this is: someone's profile, the user's own profile, a
 * logged-out / auth-wall page, or not a profile at all.
 */
import type { PageKind } from '@/lib/domain/model/snapshot';
import { clean, textOf } from './dom-text';
import { degreeFromBadgeOnly, lower, SELF_LABELS } from './languages';
import { normaliseProfileUrl } from '@/lib/domain/identity/profile-url';
import { AUTHWALL_MARKERS, AUTHWALL_META, DEGREE_BADGES, SELF_MARKERS } from '@/lib/content/read/selectors/signals';
import { findTopCard, type TopCard } from './top-card';

const WALL_PATHS = /^\/(?:authwall|login|uas\/login|signup|checkpoint)/;
const WALL_PARAMS = ['sessionRedirect', 'session_redirect', 'redirect'];

/** The profile an auth-wall URL (`/authwall?sessionRedirect=…/in/slug`) leads back to, or null. */
export function profileUrlBehindWall(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (!/(?:^|\.)linkedin\.com$/.test(parsed.hostname) || !WALL_PATHS.test(parsed.pathname)) return null;
    for (const key of WALL_PARAMS) {
      const target = normaliseProfileUrl(parsed.searchParams.get(key) ?? '');
      if (target) return target;
    }
  } catch {
    // not a URL
  }
  return null;
}

/** A control named exactly "Edit intro", "Open to", … (exactly: others' pages say "Open to work"). */
function hasSelfLabel(card: Element): boolean {
  for (const el of Array.from(card.querySelectorAll('[aria-label], button')).slice(0, 150)) {
    if (SELF_LABELS.includes(lower(clean(el.getAttribute('aria-label') ?? '')))) return true;
    const raw = el.localName === 'button' ? (el.textContent ?? '') : '';
    if (raw.length < 400 && SELF_LABELS.includes(lower(clean(raw)))) return true;
  }
  return false;
}

function isMyProfileScript(doc: Document): boolean {
  for (const script of Array.from(doc.querySelectorAll('script:not([src])')).slice(0, 60)) {
    const text = script.textContent ?? '';
    if (text.includes('isMyProfile') && /isMyProfile['"]?\s*:\s*(?:true|!0)/.test(text)) return true;
  }
  return false;
}

/** The user's own profile: edit controls, `?isSelfProfile=true`, "· You", or 2015's `isMyProfile:true`. */
export function isOwnProfile(doc: Document, card: TopCard): boolean {
  const el = card.el;
  if (el.querySelector(SELF_MARKERS) || hasSelfLabel(el)) return true;
  if (card.era === 'sdui') {
    for (const p of Array.from(el.querySelectorAll(DEGREE_BADGES)).slice(0, 200)) {
      if (degreeFromBadgeOnly(textOf(p)) === 'self') return true;
    }
  }
  return card.era === 'classic' && isMyProfileScript(doc);
}

export interface PageInspection {
  kind: PageKind;
  /** The normalised profile URL the page is about (from its URL), or null. */
  profileUrl: string | null;
  card: TopCard | null;
}

/** Classifies the page and returns the top card it found, so callers need not search twice. */
export function inspectPage(doc: Document, url: string): PageInspection {
  const direct = normaliseProfileUrl(url);
  const profileUrl = direct ?? profileUrlBehindWall(url);
  if (!profileUrl) return { kind: 'not-profile', profileUrl: null, card: null };
  const card = findTopCard(doc);
  const wall = card ? doc.head?.querySelector(AUTHWALL_META) : doc.querySelector(AUTHWALL_MARKERS);
  if (!direct || card?.era === 'guest' || wall) {
    return { kind: 'authwall', profileUrl, card };
  }
  if (!card) return { kind: 'not-profile', profileUrl, card: null };
  return { kind: isOwnProfile(doc, card) ? 'self' : 'profile', profileUrl, card };
}

/** profile | self | authwall | not-profile. Never throws. */
export function classifyPage(doc: Document, url: string): PageKind {
  try {
    return inspectPage(doc, url).kind;
  } catch {
    return 'not-profile';
  }
}
