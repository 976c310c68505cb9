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
import { clean, textOf } from '@/lib/content/read/dom-text';
import { degreeFromBadgeOnly, degreeFromText, DEGREE_LABEL_WORDS, hasMutualPhrase, lower, mutualNumbers } from '@/lib/content/read/languages';
import * as S from '@/lib/content/read/selectors/people-list';
import { DEGREE_SENTENCES } from '@/lib/content/read/selectors/signals';

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
    .map((a) => a.closest('li'))
    .filter((li): li is HTMLLIElement => li !== null && scope.contains(li));
  return { cards: outermost([...new Set(items)]), known: false };
}

/** The person a card is about: the profile its links point at most often (ties: the first). */
function subjectOf(card: Element): { url: string; links: Element[] } | undefined {
  const byUrl = new Map<string, Element[]>();
  for (const link of Array.from(card.querySelectorAll('a[href*="/in/"]'))) {
    const url = profileUrlFromHref(link.getAttribute('href') ?? '');
    if (url) byUrl.set(url, [...(byUrl.get(url) ?? []), link]);
  }
  let best: [string, Element[]] | undefined;
  for (const entry of byUrl) if (!best || entry[1].length > best[1].length) best = entry;
  return best && { url: best[0], links: best[1] };
}

/** "Maya Lindqvist • 2nd" → "Maya Lindqvist". */
function withoutBadge(text: string): string {
  const words = text.split(' ');
  for (let cut = Math.max(1, words.length - 3); cut < words.length; cut++) {
    if (degreeFromBadgeOnly(words.slice(cut).join(' '))) return words.slice(0, cut).join(' ');
  }
  return text;
}

function nameOf(card: Element, links: Element[]): string {
  const titled = card.querySelector(S.TITLE_LINKS);
  const ordered = titled && links.includes(titled) ? [titled, ...links] : links;
  for (const link of ordered) {
    const text = textOf(link.querySelector(S.NAME_PARTS) ?? link);
    if (text) return withoutBadge(text).slice(0, 300);
  }
  const alt = card.querySelector('img[alt], figure[aria-label]');
  return clean(alt?.getAttribute('alt') ?? alt?.getAttribute('aria-label') ?? '').slice(0, 300);
}

function degreeOf(card: Element): Degree {
  const found = new Set<Degree>();
  for (const el of Array.from(card.querySelectorAll(S.BADGE_CANDIDATES))) {
    const text = textOf(el, true);
    const degree = text.length <= 16 ? degreeFromBadgeOnly(text) : null;
    if (degree) found.add(degree);
    else if (el.matches(DEGREE_SENTENCES) && DEGREE_LABEL_WORDS.some((w) => lower(text).includes(w))) {
      const said = degreeFromText(text);
      if (said) found.add(said);
    }
  }
  return found.size === 1 ? [...found][0]! : 'unknown';
}

/** The first line of text that is neither the name, a badge, the mutual line nor an action. */
function headlineOf(card: Element, name: string, mutualLine: Element | null): string | undefined {
  for (const selector of S.HEADLINES) {
    const text = textOf(card.querySelector(selector));
    if (text) return text.slice(0, 1000);
  }
  for (const el of Array.from(card.querySelectorAll('p, div')).slice(0, 60)) {
    if (el.children.length > 0 || el.closest('a, button') || (mutualLine && mutualLine.contains(el))) continue;
    const text = textOf(el);
    if (text && text !== name && !text.startsWith(name) && !degreeFromBadgeOnly(text) && text.length > 1) return text.slice(0, 1000);
  }
  return undefined;
}

function mutualsOf(card: Element): { line: Element | null; count?: number; names: string[] } {
  const line = Array.from(card.querySelectorAll('p, div, span, a'))
    .reverse()
    .find((el) => {
      const text = textOf(el);
      return text.length < 400 && (hasMutualPhrase(text) || S.SHARED_CONNECTIONS.test(text));
    });
  if (!line) return { line: null, names: [] };
  const names = [...new Set(Array.from(line.querySelectorAll('strong')).map((s) => textOf(s)).filter(Boolean))];
  const text = textOf(line);
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
  for (const card of cards.slice(0, MAX_CARDS)) {
    const subject = subjectOf(card);
    if (!subject || seen.has(subject.url)) continue;
    const name = nameOf(card, subject.links);
    const degree = degreeOf(card);
    // A list item found only by structure is a result when it shows a degree badge, as every result row does.
    if (!name || (!known && degree === 'unknown')) continue;
    seen.add(subject.url);
    const mutuals = mutualsOf(card);
    const headline = headlineOf(card, name, mutuals.line);
    people.push({
      name,
      profileUrl: subject.url,
      ...(headline ? { headline } : {}),
      degree,
      ...(mutuals.count !== undefined ? { mutualCount: mutuals.count } : {}),
      mutualNames: mutuals.names,
    });
  }
  return { kind, people };
}
