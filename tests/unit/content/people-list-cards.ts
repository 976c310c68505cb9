/**
 * Result cards for the visible-people reader's hostile tests, built on the nesting of the
 * 2026 SDUI search fixture (synthetic/2026-sdui-people-search.html): each part can be varied.
 */
import { parse } from './fixture-pages';
import { readVisiblePeople } from '@/lib/content/people-list';

export const SEARCH = 'https://www.linkedin.com/search/results/people/?keywords=design';
export const COMPANY = 'https://www.linkedin.com/company/northwind-health/people/';

export function page(cards: string, opts: { rail?: string; before?: string } = {}): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Search | LinkedIn</title></head><body>
<header><nav><a href="https://www.linkedin.com/in/sam-seeker/">Me</a></nav></header>
<div data-display-contents="true"><main aria-label="Search results">${opts.before ?? ''}<div role="list">${cards}</div></main>${opts.rail ?? ''}</div></body></html>`;
}

export function run(html: string, url = SEARCH) {
  return readVisiblePeople(parse(html, url), url).people;
}

export const brief = (p: { name: string; degree: string; mutualCount?: number }) =>
  `${p.name} | ${p.degree} | ${p.mutualCount ?? '-'}`;

/** An SDUI result as the shipped fixture writes it, with hooks to vary each part. */
export function sdui(o: {
  slug?: string;
  id?: string;
  name?: string;
  nameInner?: string;
  figure?: string | null;
  badge?: string;
  nameLine?: string;
  lines?: string;
  mutual?: string;
  actions?: string;
  wrapTwice?: boolean;
}): string {
  const slug = o.slug ?? 'maya-lindqvist';
  const id = o.id ?? 'ACoAAB1xMaya0Lindqvist9Qz';
  const href = `https://www.linkedin.com/in/${slug}?miniProfileUrn=urn%3Ali%3Afsd_profile%3A${id}`;
  const name = o.name ?? 'Maya Lindqvist';
  const photo =
    o.figure === null
      ? ''
      : `<div data-display-contents="true"><a href="${href}" aria-hidden="true" tabindex="-1"><figure aria-label="${o.figure ?? name}"><img alt="" src="x"></figure></a></div>`;
  const nameLine =
    o.nameLine ??
    `<div data-display-contents="true"><p><a data-view-name="search-result-lockup-title" href="${href}">${o.nameInner ?? name}</a>${o.badge ?? '<span> • 2nd</span>'}</p></div>`;
  const body = `${photo}<div>${nameLine}${o.lines ?? '<p>Senior Product Designer at Northwind Health</p><p>Stockholm, Sweden</p>'}${o.mutual ?? ''}</div><div>${o.actions ?? `<a href="/preload/custom-invite/?vanityName=${slug}" aria-label="Invite ${name} to connect">Connect</a>`}</div>`;
  const card = o.wrapTwice
    ? `<div data-view-name="people-search-result" componentkey="${id}SearchResult"><div data-display-contents="true"><div data-view-name="people-search-result" componentkey="${id}SearchResult">${body}</div></div></div>`
    : `<div data-view-name="people-search-result" componentkey="${id}SearchResult">${body}</div>`;
  return `<div role="listitem">${card}</div>`;
}

export const mutualLink = (id: string, inner: string) =>
  `<a href="https://www.linkedin.com/search/results/people/?origin=MEMBER_PROFILE_CANNED_SEARCH&amp;network=%5B%22F%22%5D&amp;connectionOf=%5B%22${id}%22%5D"><p>${inner}</p></a>`;
