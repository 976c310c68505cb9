/**
 * The connection degree shown in the top card, decided by structure and
 * corroborated by the actions on offer. Unclear evidence gives null, never a guess.
 */
import type { Degree } from '@/lib/domain/model/snapshot';
import { hasLayout, hiddenTest, textOf } from './dom-text';
import { DEGREE_LABEL_WORDS, degreeFromBadgeOnly, degreeFromText, lower, OUT_OF_NETWORK } from './languages';
import { profileUrlFromHref } from '@/lib/domain/identity/profile-url';
import { DEGREE_BADGES, DEGREE_LABELS, DEGREE_SENTENCES, DEGREE_TRAP_WRAPPER } from '@/lib/content/read/selectors/signals';
import type { ActionSummary } from './actions';

interface Candidate {
  degree: Degree;
  /** In SDUI's duplicate wrapper, or hidden by markup. */
  trap: boolean;
  el: Element;
}

/** Badges inside a link to somebody else (a mutual connection, a search) are not the subject's. */
function belongsToOther(el: Element, subjectUrl: string | null): boolean {
  const link = el.closest('a[href]');
  if (!link) return false;
  const href = link.getAttribute('href') ?? '';
  if (href.includes('/search/')) return true;
  const target = profileUrlFromHref(href);
  return target !== null && subjectUrl !== null && target !== subjectUrl;
}

function read(el: Element, kind: 'label' | 'sentence' | 'badge'): Degree | null {
  if ((el.textContent ?? '').length > 600) return null; // cheap pre-check (saved pages indent a lot)
  const text = textOf(el, true);
  if (!text || text.length > 80) return null;
  if (kind === 'badge') return degreeFromBadgeOnly(text);
  if (kind === 'label') return degreeFromText(text);
  const t = lower(text);
  const isDegreeSentence = DEGREE_LABEL_WORDS.some((w) => t.includes(w)) || OUT_OF_NETWORK.some((w) => t.includes(w));
  return isDegreeSentence ? degreeFromText(text) : null;
}

function candidates(card: Element, subjectUrl: string | null): Candidate[] {
  const out: Candidate[] = [];
  const trap = hiddenTest(card, DEGREE_TRAP_WRAPPER);
  const groups: Array<[string, 'label' | 'sentence' | 'badge']> = [
    [DEGREE_LABELS, 'label'],
    [DEGREE_SENTENCES, 'sentence'],
    [DEGREE_BADGES, 'badge'],
  ];
  for (const [selector, kind] of groups) {
    for (const el of Array.from(card.querySelectorAll(selector)).slice(0, 400)) {
      const degree = read(el, kind);
      if (!degree || degree === 'self' || belongsToOther(el, subjectUrl)) continue;
      out.push({ degree, trap: trap(el), el });
    }
  }
  return out;
}

/**
 * The degree of the subject: 'self' on one's own profile; otherwise from the
 * card's badges. Duplicates that disagree are settled by layout when a browser
 * provides it, then by structure (the SDUI wrapper copy loses), then by the
 * actions (Connect / pending / InMail mean not 1st; "Remove connection" means 1st).
 */
export function readDegree(card: Element, actions: ActionSummary, subjectUrl: string | null): Degree | null {
  const all = candidates(card, subjectUrl);
  if (!all.length) return actions.connected && !actions.notFirst ? '1st' : null;
  let pool = all;
  // In a browser, what the user sees decides; without layout (jsdom, saved pages), structure does.
  // Layout is asked for only when the badges disagree: reading it can force a reflow.
  if (new Set(pool.map((c) => c.degree)).size > 1) {
    const visible = pool.filter((c) => hasLayout(c.el) === true);
    if (visible.length && visible.length < pool.length) pool = visible;
  }
  const plain = pool.filter((c) => !c.trap);
  if (plain.length) pool = plain;
  if (actions.notFirst) pool = pool.filter((c) => c.degree !== '1st');
  if (actions.connected) pool = pool.filter((c) => c.degree === '1st');
  const found = new Set(pool.map((c) => c.degree));
  return found.size === 1 ? ([...found][0] ?? null) : null;
}
