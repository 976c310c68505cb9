/**
 * What kind of page this is: someone's profile, the user's own profile, a
 * logged-out / auth-wall page, or not a profile at all.
 */
import type { PageKind } from '@/lib/domain/model/snapshot';
import { clean } from './dom-text';
import { lower, SELF_LABELS } from './languages';
import { normaliseProfileUrl } from '@/lib/domain/identity/profile-url';
import { AUTHWALL_MARKERS, SELF_MARKERS } from '@/lib/content/read/selectors/signals';
import { candidates } from './degree';
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

/**
 * The user's own profile, by structure: edit links and `?isSelfProfile=true` in the card, own-profile
 * controls ("Edit intro", "Open to"), a "· You" badge in the name line (never a headline's words), or
 * 2015's `isMyProfile:true`. Returns the rule that found it, or null.
 */
export function ownProfileRule(doc: Document, card: TopCard, profileUrl: string | null): string | null {
  const el = card.el;
  if (el.querySelector(SELF_MARKERS)) return 'self-link';
  if (hasSelfLabel(el)) return 'self-control';
  if (card.era === 'sdui' && candidates(card, profileUrl).some((c) => c.degree === 'self')) return 'self-badge';
  return card.era === 'classic' && isMyProfileScript(doc) ? 'self-script' : null;
}

export interface PageInspection {
  kind: PageKind;
  /** The normalised profile URL the page is about (from its URL), or null. */
  profileUrl: string | null;
  /** The subject's top card; null on auth walls other than the 2024 public profile. */
  card: TopCard | null;
}

/** Classifies the page and returns the top card it found, so callers need not search twice. */
export function inspectPage(doc: Document, url: string): PageInspection {
  const direct = normaliseProfileUrl(url);
  const profileUrl = direct ?? profileUrlBehindWall(url);
  if (!profileUrl) return { kind: 'not-profile', profileUrl, card: null };
  const card = findTopCard(doc);
  // The 2024 logged-out public profile shows the person; other walls show only a sign-up form.
  if (card?.era === 'guest') return { kind: 'authwall', profileUrl, card };
  if (!direct || doc.querySelector(AUTHWALL_MARKERS)) return { kind: 'authwall', profileUrl, card: null };
  if (!card) return { kind: 'not-profile', profileUrl, card };
  return { kind: ownProfileRule(doc, card, profileUrl) ? 'self' : 'profile', profileUrl, card };
}

/** profile | self | authwall | not-profile. Never throws. */
export function classifyPage(doc: Document, url: string): PageKind {
  try {
    return inspectPage(doc, url).kind;
  } catch {
    return 'not-profile';
  }
}
