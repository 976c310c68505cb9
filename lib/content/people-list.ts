/**
 * "List people on this page": the people a LinkedIn people search or a
 * company's People page shows right now, read from the page as it is, only
 * when the user asks (injected on request: entrypoints/people-list.ts; never
 * part of the LinkedIn content script). Nothing is scrolled, clicked or
 * fetched, and nothing is added to the page. Plain DOM; no zod, no Dexie.
 *
 * Cards come from the selector registry (read/selectors/people-list.ts), else
 * by structure: the outermost list item holding a profile link. In a card,
 * the person is the profile linked most often (photo and name), so the
 * mutual connections linked in its "… are mutual connections" line are never
 * taken for results; the degree is the one badge-only text the card shows
 * (its copies must agree, or it is unknown).
 */
import type { Degree } from '@/lib/domain/model/snapshot';
import type { PeopleReading, PeoplePageKind, VisiblePerson } from '@/lib/domain/people-list';
import { profileUrlFromHref } from '@/lib/domain/identity/profile-url';
import { clean, firstText, hiddenTest, textOf } from '@/lib/content/read/dom-text';
import {
  degreeFromBadgeOnly,
  degreeFromText,
  DEGREE_LABEL_WORDS,
  hasMutualPhrase,
  lower,
  mutualNumbers,
} from '@/lib/content/read/languages';
import * as S from '@/lib/content/read/selectors/people-list';
import { DEGREE_SENTENCES, LAYOUT_WRAPPER } from '@/lib/content/read/selectors/signals';

export type { PeopleReading, PeoplePageKind, VisiblePerson };

/** At most this many cards are read (LinkedIn shows 10 per search page, a few dozen on a People tab). */
const MAX_CARDS = 100;

export function pageKindOf(url: string): PeoplePageKind {
  let path = '';
  try {
    const parsed = new URL(url);
    if (!/(?:^|\.)linkedin\.com$/.test(parsed.hostname)) return 'other';
    path = parsed.pathname;
  } catch {
    return 'other';
  }
  if (S.PEOPLE_SEARCH_PATH.test(path)) return 'people-search';
  return S.COMPANY_PEOPLE_PATH.test(path) ? 'company-people' : 'other';
}

function outermost(elements: Element[]): Element[] {
  const set = new Set(elements);
  return elements.filter((el) => {
    for (let up = el.parentElement; up; up = up.parentElement) if (set.has(up)) return false;
    return true;
  });
}

/** The result cards, and whether they came from the registry (else by structure: list items with a profile link). */
function cardsIn(scope: Element): { cards: Element[]; known: boolean } {
  const listed = Array.from(scope.querySelectorAll(S.RESULT_CARDS)).filter((el) => !el.closest(S.NOT_RESULTS));
  if (listed.length > 0) return { cards: outermost(listed), known: true };
  const items = Array.from(scope.querySelectorAll('a[href*="/in/"]'))
    .filter((a) => !a.closest(S.NOT_RESULTS))
    .map((a) => a.closest(S.LIST_ITEMS))
    .filter((item): item is Element => item !== null && scope.contains(item));
  return { cards: outermost([...new Set(items)]), known: false };
}

/**
 * The person a card is about: the profile its links point at most often (ties: the first),
 * never one linked from its mutual-connections line (a mutual's name or face).
 */
function subjectOf(card: Element, mutualLine: Element | null): { url: string; links: Element[] } | undefined {
  const byUrl = new Map<string, Element[]>();
  for (const link of Array.from(card.querySelectorAll('a[href*="/in/"]'))) {
    if (mutualLine?.contains(link)) continue;
    const url = profileUrlFromHref(link.getAttribute('href') ?? '');
    if (url) byUrl.set(url, [...(byUrl.get(url) ?? []), link]);
  }
  let best: [string, Element[]] | undefined;
  for (const entry of byUrl) if (!best || entry[1].length > best[1].length) best = entry;
  return best && { url: best[0], links: best[1] };
}

/** "Maya Lindqvist • 2nd" → "Maya Lindqvist"; a name ending like a degree ("John Smith 3rd") stays whole. */
function withoutBadge(text: string): string {
  const words = text.split(' ');
  for (let cut = Math.max(1, words.length - 4); cut < words.length; cut++) {
    const tail = words.slice(cut).join(' ');
    if (/^[·•]/.test(tail) && degreeFromBadgeOnly(tail)) return words.slice(0, cut).join(' ');
  }
  return text;
}

/** A link's name: its first name part that says more than a badge (an icon's part says nothing), else its text. */
function linkName(link: Element): string {
  for (const part of Array.from(link.querySelectorAll(S.NAME_PARTS))) {
    const text = textOf(part);
    if (text && !degreeFromBadgeOnly(text)) return text;
  }
  return textOf(link);
}

function nameOf(card: Element, links: Element[]): string {
  const titled = card.querySelector(S.TITLE_LINKS);
  // The title link first, then links of text before the photo's (whose text may be a presence status).
  const pictured = (link: Element) => link.querySelector('img, figure, svg') !== null;
  const ordered = [
    ...(titled && links.includes(titled) ? [titled] : []),
    ...links.filter((l) => !pictured(l)),
    ...links.filter(pictured),
  ];
  for (const link of ordered) {
    const text = linkName(link);
    if (text) return withoutBadge(text).slice(0, 300);
  }
  const alt = card.querySelector('img[alt], figure[aria-label]');
  return clean(alt?.getAttribute('alt') ?? alt?.getAttribute('aria-label') ?? '').slice(0, 300);
}

/** Layout wrappers between a badge and its card: SDUI nests an alternate badge one wrapper deeper. */
function wrapDepth(el: Element, card: Element): number {
  let n = 0;
  for (let node = el.parentElement; node && node !== card; node = node.parentElement) {
    if (node.getAttribute(LAYOUT_WRAPPER) === 'true') n++;
  }
  return n;
}

const HIDDEN_RANK = 1000;
/** Node.DOCUMENT_POSITION_FOLLOWING (written out: not every document the reader is given has a global Node). */
const FOLLOWING = 4;

/**
 * The card's degree and its first badge. As on a profile's top card, the badges
 * least deep in layout wrappers (and not hidden by markup) decide; their copies
 * must agree, or the degree is unknown.
 */
function degreeOf(card: Element): { degree: Degree; badge?: Element } {
  const found: Array<{ degree: Degree; el: Element; rank: number }> = [];
  const hidden = hiddenTest(card);
  for (const el of Array.from(card.querySelectorAll(S.BADGE_CANDIDATES))) {
    const text = textOf(el, true);
    let degree = text.length <= 16 ? degreeFromBadgeOnly(text) : null;
    if (!degree && el.matches(DEGREE_SENTENCES) && DEGREE_LABEL_WORDS.some((w) => lower(text).includes(w))) {
      degree = degreeFromText(text);
    }
    if (degree) found.push({ degree, el, rank: wrapDepth(el, card) + (hidden(el) ? HIDDEN_RANK : 0) });
  }
  const best = Math.min(...found.map((f) => f.rank));
  const ranked = found.filter((f) => f.rank === best);
  const degrees = new Set(ranked.map((f) => f.degree));
  return degrees.size === 1 ? { degree: ranked[0]!.degree, badge: ranked[0]!.el } : { degree: 'unknown' };
}

/**
 * The first line of text after the name line's badge (pronouns sit before it) that is
 * neither the name, a badge, the mutual line nor an action.
 */
function headlineOf(card: Element, name: string, mutualLine: Element | null, badge?: Element): string | undefined {
  for (const selector of S.HEADLINES) {
    const text = textOf(card.querySelector(selector));
    if (text) return text.slice(0, 1000);
  }
  for (const el of Array.from(card.querySelectorAll('p, div')).slice(0, 60)) {
    if (el.children.length > 0 || el.closest('a, button') || (mutualLine && mutualLine.contains(el))) continue;
    if (badge && (el.contains(badge) || el.compareDocumentPosition(badge) & FOLLOWING)) continue;
    const text = textOf(el);
    if (text && withoutBadge(text) !== name && !degreeFromBadgeOnly(text) && text.length > 1)
      return text.slice(0, 1000);
  }
  return undefined;
}

function mutualsOf(card: Element): { line: Element | null; count?: number; names: string[] } {
  // The last line saying it (its innermost element). A mutual line names people (in bold or
  // linked) or counts them; a headline merely using the words does neither.
  const line = Array.from(card.querySelectorAll('p, div, span, a'))
    .reverse()
    .find((el) => {
      const text = textOf(el);
      return text.length < 400 && (hasMutualPhrase(text) || S.SHARED_CONNECTIONS.test(text));
    });
  const text = line ? textOf(line) : '';
  if (!line || !(/\d/.test(text) || line.querySelector('strong, a') || line.closest('a')))
    return { line: null, names: [] };
  const names = [
    ...new Set(
      Array.from(line.querySelectorAll('strong'))
        .map((s) => textOf(s))
        .filter(Boolean),
    ),
  ];
  const { total, others } = mutualNumbers(text);
  // "2 shared connections" (2018) states its total without the profile's phrase.
  const shared = S.SHARED_CONNECTIONS.test(text) ? Number(/\d+/.exec(text)?.[0]) || undefined : undefined;
  const count = total ?? (others !== undefined ? names.length + others : (shared ?? (names.length || undefined)));
  return { line, names: names.slice(0, 20), ...(count !== undefined ? { count } : {}) };
}

export function readVisiblePeople(doc: Document, url: string): PeopleReading {
  const kind = pageKindOf(url);
  if (kind === 'other') return { kind, people: [] };
  const scope = doc.querySelector('main, [role="main"]') ?? doc.body;
  if (!scope) return { kind, people: [] };
  const people: VisiblePerson[] = [];
  const seen = new Set<string>();
  const { cards, known } = cardsIn(scope);
  const company = kind === 'company-people' ? firstText(doc, S.COMPANY_NAMES) : undefined;
  for (const card of cards.slice(0, MAX_CARDS)) {
    const mutuals = mutualsOf(card);
    const subject = subjectOf(card, mutuals.line);
    if (!subject || seen.has(subject.url)) continue;
    const name = nameOf(card, subject.links);
    const { degree, badge } = degreeOf(card);
    // A list item found only by structure is a result when it shows a degree badge, as every result row does.
    if (!name || (!known && degree === 'unknown')) continue;
    seen.add(subject.url);
    const headline = headlineOf(card, name, mutuals.line, badge);
    people.push({
      name,
      profileUrl: subject.url,
      ...(headline ? { headline } : {}),
      degree,
      ...(mutuals.count !== undefined ? { mutualCount: mutuals.count } : {}),
      mutualNames: mutuals.names,
      ...(company ? { company } : {}),
    });
  }
  return { kind, people };
}
