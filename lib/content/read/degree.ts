/**
 * The connection degree shown in the top card, decided by structure alone (no
 * layout needed: a saved page, the CLI and the live page give the same answer).
 * SDUI: the badges of the name line, where the subject's own badge is the bare one
 * and LinkedIn's alternate state sits one layout wrapper deeper. Earlier eras: the
 * card's badges and labels, those hidden by markup set aside. Actions and layout
 * may only contradict (then null: "unknown"), never decide alone.
 */
import type { Degree } from '@/lib/domain/model/snapshot';
import { firstOf, hasLayout, hiddenTest, textOf } from './dom-text';
import { DEGREE_LABEL_WORDS, degreeFromBadgeOnly, degreeFromText, lower, OUT_OF_NETWORK } from './languages';
import { profileUrlFromHref } from '@/lib/domain/identity/profile-url';
import { DEGREE_BADGES, DEGREE_LABELS, DEGREE_SENTENCES, LAYOUT_WRAPPER } from '@/lib/content/read/selectors/signals';
import { NAME_SDUI } from '@/lib/content/read/selectors/top-card';
import type { ActionSummary } from './actions';
import type { TopCard } from './top-card';

export interface Candidate {
  degree: Degree;
  /** Layout wrappers between the badge and its scope, plus HIDDEN when hidden by markup: lowest wins. */
  rank: number;
  el: Element;
}

/**
 * The degree (null: unknown) and the rule that decided it: 'bare' (lowest-ranked badges agree),
 * 'tie' (settled by the actions), 'remove' (no badge, "Remove connection"), or why nothing did:
 * 'none' (no badge), 'conflict', 'actions' / 'layout' (they contradict the badge).
 */
export interface DegreeReading {
  degree: Degree | null;
  by: string;
}

export const HIDDEN = 100;
type Kind = 'label' | 'sentence' | 'badge';

/** Badges inside a link to somebody else (a mutual connection, a search) are not the subject's. */
function belongsToOther(el: Element, subjectUrl: string | null): boolean {
  const href = el.closest('a[href]')?.getAttribute('href');
  if (!href) return false;
  const target = profileUrlFromHref(href);
  return href.includes('/search/') || (target !== null && subjectUrl !== null && target !== subjectUrl);
}

function read(el: Element, kind: Kind): Degree | null {
  if ((el.textContent ?? '').length > 600) return null; // cheap pre-check (saved pages indent a lot)
  const text = textOf(el, true);
  if (!text || text.length > 80) return null;
  if (kind === 'badge') return degreeFromBadgeOnly(text);
  if (kind === 'label') return degreeFromText(text);
  const t = lower(text);
  const isDegreeSentence = DEGREE_LABEL_WORDS.some((w) => t.includes(w)) || OUT_OF_NETWORK.some((w) => t.includes(w));
  return isDegreeSentence ? degreeFromText(text) : null;
}

/**
 * SDUI: the smallest ancestor of the name heading that holds a badge (name, pronouns and
 * the degree pair share it; the headline does not). Elsewhere, or without a name: the card.
 */
function scopeOf(card: TopCard, found: Element[]): Element {
  const name = card.era === 'sdui' ? firstOf(card.el, NAME_SDUI) : null;
  for (let node = name?.parentElement; node && node !== card.el; node = node.parentElement) {
    if (found.some((el) => node.contains(el))) return node;
  }
  return card.el;
}

function wrapDepth(el: Element, scope: Element): number {
  let n = 0;
  for (let node = el.parentElement; node && node !== scope; node = node.parentElement) {
    if (node.getAttribute(LAYOUT_WRAPPER) === 'true') n++;
  }
  return n;
}

/** The card's degree candidates ('self' included), ranked. */
export function candidates(card: TopCard, subjectUrl: string | null): Candidate[] {
  const found: Array<[Element, Degree]> = [];
  const groups: Array<[string, Kind]> = [
    [DEGREE_LABELS, 'label'],
    [DEGREE_SENTENCES, 'sentence'],
    [DEGREE_BADGES, 'badge'],
  ];
  for (const [selector, kind] of groups) {
    for (const el of Array.from(card.el.querySelectorAll(selector)).slice(0, 400)) {
      const degree = read(el, kind);
      if (degree && !belongsToOther(el, subjectUrl)) found.push([el, degree]);
    }
  }
  const scope = scopeOf(
    card,
    found.map(([el]) => el),
  );
  const hidden = hiddenTest(scope);
  return found
    .filter(([el]) => scope.contains(el))
    .map(([el, degree]) => ({ degree, el, rank: wrapDepth(el, scope) + (hidden(el) ? HIDDEN : 0) }));
}

/**
 * The subject's degree from the card, and the rule (see DegreeReading). Among the candidates of
 * the lowest rank one degree must remain: ties are settled by the actions (Connect / pending /
 * InMail mean not 1st; "Remove connection" means 1st). The result is withdrawn when the
 * actions contradict it, or when layout shows only other badges.
 */
export function readDegree(card: TopCard, actions: ActionSummary, subjectUrl: string | null): DegreeReading {
  const all = candidates(card, subjectUrl).filter((c) => c.degree !== 'self');
  if (!all.length)
    return actions.connected && !actions.notFirst ? { degree: '1st', by: 'remove' } : { degree: null, by: 'none' };
  const min = Math.min(...all.map((c) => c.rank));
  let best = all.filter((c) => c.rank === min);
  let by = 'bare';
  if (new Set(best.map((c) => c.degree)).size > 1) {
    best = best.filter((c) => (c.degree === '1st' ? !actions.notFirst : !actions.connected));
    by = 'tie';
  }
  const degree = new Set(best.map((c) => c.degree)).size === 1 ? (best[0]?.degree ?? null) : null;
  if (!degree) return { degree, by: 'conflict' };
  if (degree === '1st' ? actions.notFirst : actions.connected) return { degree: null, by: 'actions' };
  // Layout only checks, and is read only when badges disagree (reading it may force a reflow).
  const other = all.filter((c) => c.degree !== degree);
  if (other.length && best.every((c) => hasLayout(c.el) === false) && other.some((c) => hasLayout(c.el)))
    return { degree: null, by: 'layout' };
  return { degree, by };
}
