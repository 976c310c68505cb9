/**
 * Mutual connections: the link to the `connectionOf` search (network ["F"] only)
 * or, failing that, a sentence in the top card naming them in <strong>.
 * Count = total when stated, else named + "N others". Prompts without data give nothing.
 */
import type { MutualConnection } from '@/lib/domain/model/snapshot';
import { clean, textOf } from './dom-text';
import { hasMutualPhrase, mutualNumbers } from './languages';
import { absoluteLinkedInUrl, profileUrlFromHref } from '@/lib/domain/identity/profile-url';
import { MENUS, MUTUAL_LINKS, MUTUAL_OUTSIDE_CARD } from '@/lib/content/read/selectors/signals';

export interface MutualReading {
  count?: number;
  mutuals: MutualConnection[];
  searchUrl?: string;
  /** The member id the mutual search is about (the subject's). */
  memberId?: string;
}

const MEMBER_ID = /ACoAA[A-Za-z0-9_-]{10,100}/;

interface MutualLink {
  el: Element;
  url: URL;
  memberId: string;
}

/** A link to "people who are 1st-degree connections of <member>" (not ["F","S"]: that is "See connections"). */
export function asMutualLink(el: Element): MutualLink | null {
  const url = absoluteLinkedInUrl(el.getAttribute('href') ?? '');
  if (!url || !/(?:^|\.)linkedin\.com$/.test(url.hostname) || !url.pathname.startsWith('/search/')) return null;
  const of = url.searchParams.get('connectionOf') ?? url.searchParams.get('facetConnectionOf') ?? '';
  const memberId = MEMBER_ID.exec(of)?.[0];
  if (!memberId) return null;
  const network = url.searchParams.get('network') ?? url.searchParams.get('facetNetwork');
  const networks = network === null ? null : (network.match(/[A-Z]+/g) ?? []);
  if (networks ? networks.join() !== 'F' : !hasMutualPhrase(textOf(el))) return null;
  return { el, url, memberId };
}

function findLinks(root: ParentNode, memberId: string | undefined): MutualLink[] {
  const links = Array.from(root.querySelectorAll(MUTUAL_LINKS))
    .slice(0, 50)
    .map(asMutualLink)
    .filter((l): l is MutualLink => l !== null && !l.el.closest(MENUS));
  const id = memberId ?? links[0]?.memberId;
  return links.filter((l) => l.memberId === id);
}

/** The sentence "<strong>A</strong> and <strong>B</strong> are mutual connections" inside the card. */
function findSentence(card: Element): Element | null {
  for (const strong of Array.from(card.querySelectorAll('strong')).slice(0, 50)) {
    let node: Element | null = strong.parentElement;
    for (let depth = 0; node && depth < 4 && node !== card; depth++, node = node.parentElement) {
      const text = textOf(node);
      if (text.length > 400) break;
      if (hasMutualPhrase(text)) return node;
    }
  }
  return null;
}

function namesIn(blocks: Element[], subjectName: string | undefined): MutualConnection[] {
  const out: MutualConnection[] = [];
  const add = (name: string, href?: string | null) => {
    const clipped = clean(name).slice(0, 200);
    // Not a name: empty, the subject, a repeat, or a count ("5 others" in bold).
    if (!clipped || clipped === subjectName || /^\d/.test(clipped) || out.some((m) => m.name === clipped)) return;
    const url = href ? profileUrlFromHref(href) : null;
    out.push(url ? { name: clipped, url } : { name: clipped });
  };
  for (const block of blocks) {
    for (const strong of Array.from(block.querySelectorAll('strong')).slice(0, 100)) {
      add(textOf(strong), strong.closest('a[href*="/in/"]')?.getAttribute('href'));
    }
  }
  if (!out.length) {
    for (const block of blocks) {
      for (const img of Array.from(block.querySelectorAll('img[alt]')).slice(0, 100))
        add(img.getAttribute('alt') ?? '');
    }
  }
  return out.slice(0, 100);
}

function countOf(blocks: Element[], names: MutualConnection[]): number | undefined {
  let text = blocks.map((b) => textOf(b)).join(' | ');
  for (const { name } of names) text = text.split(name).join(' ');
  const { total, others } = mutualNumbers(text);
  if (total !== undefined && total >= names.length) return total;
  if (others !== undefined) return names.length + others;
  return names.length || undefined;
}

/**
 * Reads mutual connections for the subject of `card`. Links outside the card
 * (2018 Highlights) are used only when they name the subject's member id.
 */
export function readMutuals(card: Element, doc: Document, memberId: string | undefined, name?: string): MutualReading {
  let links = findLinks(card, memberId);
  if (!links.length && memberId) {
    for (const scope of MUTUAL_OUTSIDE_CARD) {
      const root = doc.querySelector(scope);
      links = root ? findLinks(root, memberId) : [];
      if (links.length) break;
    }
  }
  const sentence = links.length ? null : findSentence(card);
  const blocks = links.length ? links.map((l) => l.el) : sentence ? [sentence] : [];
  const mutuals = namesIn(blocks, name);
  const count = blocks.length ? countOf(blocks, mutuals) : undefined;
  const reading: MutualReading = { mutuals };
  if (count !== undefined) reading.count = Math.min(count, 100000);
  const first = links[0];
  if (first) {
    reading.searchUrl = first.url.href.slice(0, 4096);
    reading.memberId = first.memberId;
  }
  return reading;
}
