// @vitest-environment node
/**
 * The degree by structure: the same answer with and without layout, whatever the
 * order of the degree pair, and "unknown" only when the page's own evidence conflicts.
 */
import { describe, expect, it } from 'vitest';
import { extractProfile } from '@/lib/content/read';
import { loadExpected, parse, readPage, SYNTHETIC } from './fixture-pages';

const sdui = loadExpected(SYNTHETIC).filter(([file]) => file.startsWith('2026-sdui-'));
const page = (file: string) => readPage(SYNTHETIC + file);
const NOOR = 'https://www.linkedin.com/in/noor-haddad-2e71b4/';
const JONAS = 'https://www.linkedin.com/in/jonas-weber-a91c3e/';

type Doc = ReturnType<typeof parse>;
type Layout = (el: Element) => boolean;

/**
 * Makes the document look laid out (as in a browser): `navigator.userAgent` is not
 * jsdom's and getClientRects answers by `shown`. Returns how often layout was read.
 */
function withLayout(doc: Doc, shown: Layout): { reads: number } {
  const win = doc.defaultView as unknown as Window & typeof globalThis;
  const counter = { reads: 0 };
  Object.defineProperty(win.navigator, 'userAgent', { value: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/140' });
  win.Element.prototype.getClientRects = function (this: Element) {
    counter.reads++;
    return (shown(this) ? [new win.DOMRect(0, 0, 10, 10)] : []) as unknown as DOMRectList;
  };
  return counter;
}

/** What a browser with LinkedIn's stylesheet shows: the alternate (wrapped) badge of the pair has no box. */
const stylesheet: Layout = (el) => !(el.localName === 'p' && el.parentElement?.getAttribute('data-display-contents'));
/** A page saved without its stylesheet, opened in a browser: everything has a box. */
const unstyled: Layout = () => true;
/** Layout contradicting the structure: only the wrapped badge has a box. */
const contrary: Layout = (el) => !(el.localName === 'p' && /^· /.test(el.textContent ?? '') && stylesheet(el));

describe('the same answer with and without layout', () => {
  it.each(sdui)('%s', (file, expected) => {
    const plain = extractProfile(parse(page(file), expected.url), expected.url);
    for (const layout of [stylesheet, unstyled]) {
      const doc = parse(page(file), expected.url);
      withLayout(doc, layout);
      expect(extractProfile(doc, expected.url)).toEqual(plain);
    }
    expect(plain.degree).toBe(expected.degree);
  });

  it('layout is read only to check a pair of badges, and may withdraw a result it contradicts', () => {
    const doc = parse(page('2026-sdui-1st-degree.html'), NOOR);
    const layout = withLayout(doc, contrary);
    expect(extractProfile(doc, NOOR).degree).toBe('unknown');
    expect(layout.reads).toBeGreaterThan(0);

    const single = parse(page('2026-sdui-3rd-degree-connect.html'), 'https://www.linkedin.com/in/atelier-nord-8c40d7/');
    const none = withLayout(single, contrary);
    expect(extractProfile(single, 'https://www.linkedin.com/in/atelier-nord-8c40d7/').degree).toBe('3rd');
    expect(none.reads).toBe(0);
  });
});

/** Swaps the bare badge and the wrapped one wherever they are siblings. */
function swapPairs(doc: Doc): number {
  let swapped = 0;
  for (const wrapper of Array.from(doc.querySelectorAll('[data-display-contents="true"]'))) {
    const bare = [wrapper.previousElementSibling, wrapper.nextElementSibling].find((el) => el?.localName === 'p');
    if (!bare || !/^· /.test(wrapper.textContent ?? '')) continue;
    if (bare === wrapper.previousElementSibling) wrapper.after(bare);
    else wrapper.before(bare);
    swapped++;
  }
  return swapped;
}

describe('the degree pair', () => {
  it.each(sdui.filter(([, e]) => ['1st', '2nd'].includes(e.degree)))('%s: order does not matter', (file, expected) => {
    const doc = parse(page(file), expected.url);
    expect(swapPairs(doc)).toBeGreaterThan(0);
    expect(extractProfile(doc, expected.url).degree).toBe(expected.degree);
  });

  it('two bare badges that disagree and no action to settle them: unknown', () => {
    const html = page('2026-sdui-1st-degree.html').replace(
      '<div data-display-contents="true"><p class="_9a8b7c _1d0e4f">· 2nd</p></div>',
      '<p class="_9a8b7c _1d0e4f">· 2nd</p>',
    );
    expect(extractProfile(parse(html, NOOR), NOOR).degree).toBe('unknown');
  });

  it('two bare badges that disagree, settled by a Connect action', () => {
    const html = page('2026-sdui-2nd-degree-mutuals.html').replace(
      '<div data-display-contents="true"><p class="_9a8b7c _1d0e4f">· 1st</p></div>',
      '<p class="_9a8b7c _1d0e4f">· 1st</p>',
    );
    const url = 'https://www.linkedin.com/in/amara-lindqvist-5b2e91/';
    expect(extractProfile(parse(html, url), url).degree).toBe('2nd');
  });

  it('a 1st-degree badge contradicted by Connect in the card: unknown, not a guess', () => {
    const connect =
      '<a href="/preload/custom-invite/?vanityName=noor-haddad-2e71b4" aria-label="Invite Noor Haddad to connect" class="_9e1c5b"><span>Connect</span></a>';
    const html = page('2026-sdui-1st-degree.html').replace(
      '<button type="button" aria-expanded="false" aria-label="More actions" class="_4f0d8a">',
      `${connect}<button type="button" aria-expanded="false" aria-label="More actions" class="_4f0d8a">`,
    );
    expect(extractProfile(parse(html, NOOR), NOOR).degree).toBe('unknown');
  });

  it('Connect inside an open menu is no evidence: a 1st-degree page stays 1st', () => {
    const menu =
      '<div role="menu"><div role="menuitem"><a href="/preload/custom-invite/?vanityName=noor-haddad-2e71b4" aria-label="Invite Noor Haddad to connect">Connect</a></div></div>';
    const html = page('2026-sdui-1st-degree.html').replace(
      '<span>More</span></button>',
      `<span>More</span></button>${menu}`,
    );
    expect(extractProfile(parse(html, NOOR), NOOR)).toMatchObject({ degree: '1st', primaryAction: 'message' });
  });

  it('a headline that looks like a badge is not in the name line', () => {
    const html = page('2026-sdui-2nd-degree-pending.html').replace(
      'Site Reliability Engineer at Kestrel Cloud',
      '· 1st',
    );
    expect(extractProfile(parse(html, JONAS), JONAS).degree).toBe('2nd');
  });

  it('the sidebar and the sticky bar never decide: a card without its pair is unknown', () => {
    const html = page('2026-sdui-1st-degree.html').replace(/<div class="_3c6e9b">.*?<\/div><\/div>/, '');
    expect(html).not.toContain('_3c6e9b');
    expect(extractProfile(parse(html, NOOR), NOOR)).toMatchObject({ degree: 'unknown', name: 'Noor Haddad' });
  });
});

describe('a Follow-primary creator', () => {
  const url = 'https://www.linkedin.com/in/mariana-de-la-cruz-ortega-31c7e2/';
  it('the "Followed by" line is not the mutual line', () => {
    const html = page('2026-sdui-2nd-degree-follow-creator.html').replace(
      /<a href="[^"]*connectionOf=[\s\S]*?<\/a>/,
      '',
    );
    expect(html).toContain('followerOf=');
    const snapshot = extractProfile(parse(html, url), url);
    expect(snapshot).toMatchObject({ degree: '2nd', primaryAction: 'follow', mutuals: [] });
    expect(snapshot.mutualCount).toBeUndefined();
  });
});
