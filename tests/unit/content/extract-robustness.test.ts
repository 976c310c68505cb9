// @vitest-environment node
/**
 * Bad input: extraction never throws, never guesses, never puts one person's
 * data under another's URL, and treats page text as inert text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractProfile, isTopCardReady, SNAPSHOT_FIELDS } from '@/lib/content/read';
import { ProfileSnapshot } from '@/lib/domain/model/snapshot';
import { FIXTURES, loadExpected, parse, readPage, SYNTHETIC } from './fixture-pages';

const SLOW = 120_000;
const AMARA = 'https://www.linkedin.com/in/amara-lindqvist-5b2e91/';
const AMARA_ID = 'ACoAABx7Qm2Ld9fK3pW8tZr5uVn1Ye4Hc6Js0';
const NOOR = 'https://www.linkedin.com/in/noor-haddad-2e71b4/';
const amaraPage = () => readPage(`${SYNTHETIC}2026-sdui-2nd-degree-mutuals.html`);

function valid(snapshot: unknown): void {
  const parsed = ProfileSnapshot.safeParse(snapshot);
  expect(parsed.success, parsed.success ? '' : parsed.error.message).toBe(true);
}

function expectNothingAbout(snapshot: ReturnType<typeof extractProfile>): void {
  expect(snapshot).toMatchObject({ degree: 'unknown', mutuals: [] });
  for (const field of [
    'name',
    'headline',
    'company',
    'location',
    'memberUrn',
    'mutualCount',
    'mutualsSearchUrl',
    'primaryAction',
  ] as const) {
    expect(snapshot[field], field).toBeUndefined();
  }
  expect(snapshot.missing).toEqual([...SNAPSHOT_FIELDS]);
}

describe('extractProfile on empty and broken pages', () => {
  it.each(['', '<html></html>', '<body>Loading…</body>', '<main><section></section></main>', '<<<>>>&&&'])(
    'gives a bare snapshot for %j',
    (html) => {
      const snapshot = extractProfile(parse(html, AMARA), AMARA);
      valid(snapshot);
      expect(snapshot).toMatchObject({ url: AMARA, publicId: 'amara-lindqvist-5b2e91', pageKind: 'not-profile' });
      expectNothingAbout(snapshot);
      expect(isTopCardReady(parse(html, AMARA), AMARA)).toBe(false);
    },
  );

  it('never throws on a Document-like object that throws everywhere', () => {
    const hostile = new Proxy({} as Document, {
      get() {
        throw new Error('boom');
      },
    });
    expect(extractProfile(hostile, AMARA)).toMatchObject({ url: AMARA, degree: 'unknown', pageKind: 'not-profile' });
    expect(isTopCardReady(hostile, AMARA)).toBe(false);
  });

  const pages = [
    ...loadExpected(FIXTURES).map(([file, exp]) => [FIXTURES + file, exp] as const),
    ...loadExpected(SYNTHETIC).map(([file, exp]) => [SYNTHETIC + file, exp] as const),
  ];
  it.each(pages)(
    'a page cut in half (%s) reports nothing it did not read',
    (path, expected) => {
      const html = readPage(path);
      const snapshot = extractProfile(parse(html.slice(0, Math.floor(html.length / 2)), expected.url), expected.url);
      valid(snapshot);
      for (const field of ['name', 'headline', 'company', 'location', 'primaryAction'] as const) {
        if (snapshot[field] !== undefined) expect(snapshot[field], field).toBe(expected[field]);
      }
      if (snapshot.degree !== 'unknown') expect(snapshot.degree).toBe(expected.degree);
      if (snapshot.mutualCount !== undefined) expect(snapshot.mutualCount).toBe(expected.mutualCount);
      for (const mutual of snapshot.mutuals) expect(expected.mutualNames).toContain(mutual.name);
    },
    SLOW,
  );
});

describe('extractProfile on a 5 MB page', () => {
  it(
    'reads the same snapshot as the unpadded page',
    () => {
      const html = amaraPage();
      const blob = `<code style="display: none" id="bpr-guid-1">${JSON.stringify({ data: 'x'.repeat(1_000) }).repeat(900)}</code>`;
      const rail = Array.from(
        { length: 1500 },
        (_, i) =>
          `<li><a href="/in/other-${i}/">Other ${i}</a><p>· 2nd</p><a href="/preload/custom-invite/?vanityName=other-${i}" aria-label="Invite Other ${i} to connect">Connect</a></li>`,
      ).join('');
      const padded = html.replace('</body>', `${blob.repeat(6)}<aside><ul>${rail}</ul></aside></body>`);
      expect(padded.length).toBeGreaterThan(5_000_000);
      const plain = extractProfile(parse(html, AMARA), AMARA);
      const big = extractProfile(parse(padded, AMARA), AMARA);
      expect(big).toEqual(plain);
      expect(big.degree).toBe('2nd');
    },
    SLOW,
  );
});

describe('page text stays text', () => {
  it('a hostile name comes out as inert text and nothing runs', () => {
    const hostileName = '&lt;img src=x onerror=alert(1)&gt;';
    const html = amaraPage()
      .replace(
        '<h2 class="_1b9e3f f7c2d0">Amara Lindqvist</h2>',
        `<h2 class="_1b9e3f f7c2d0">${hostileName}<img src="x" onerror="globalThis.__inroadsPwned = 1"></h2>`,
      )
      .replace('Product Operations Lead', '<script>globalThis.__inroadsPwned = 2</script>Product Operations Lead');
    const doc = parse(html, AMARA);
    const snapshot = extractProfile(doc, AMARA);
    expect(snapshot.name).toBe('<img src=x onerror=alert(1)>');
    expect(snapshot.headline).toBe('Product Operations Lead | Payments | Building calm systems');
    expect((globalThis as { __inroadsPwned?: number }).__inroadsPwned).toBeUndefined();
    expect((doc.defaultView as unknown as { __inroadsPwned?: number } | null)?.__inroadsPwned).toBeUndefined();
  });
});

describe('not a profile', () => {
  it('a people-search page yields nothing, even with badges, Connect buttons and mutual sentences', () => {
    const url = 'https://www.linkedin.com/search/results/people/?keywords=recrutement';
    const snapshot = extractProfile(parse(readPage(`${SYNTHETIC}2025-ember-french-people-search.html`), url), url);
    valid(snapshot);
    expect(snapshot).toMatchObject({ url, publicId: '', pageKind: 'not-profile' });
    expectNothingAbout(snapshot);
  });

  it('a profile page read under a feed or company URL yields nothing', () => {
    for (const url of ['https://www.linkedin.com/feed/', 'https://www.linkedin.com/company/northwind-pay/']) {
      const snapshot = extractProfile(parse(amaraPage(), url), url);
      expect(snapshot.pageKind).toBe('not-profile');
      expectNothingAbout(snapshot);
    }
  });
});

describe('SPA navigation in flight (URL says B, DOM still shows A)', () => {
  it.each([
    ['SDUI', amaraPage, NOOR],
    ['2018 Ember', () => readPage(`${FIXTURES}2018-12-pv-top-card-v2-1st-degree-highlights-mutual.html`), AMARA],
    ['2022 Ember', () => readPage(`${FIXTURES}2022-03-pv-text-details-3rd-degree-inmail.html`), NOOR],
    ['guest 2024', () => readPage(`${FIXTURES}2024-04-guest-public-profile-v3-logged-out.html`), NOOR],
  ])(
    '%s: reports no data of A under B',
    (_era, page, otherUrl) => {
      const doc = parse(page(), otherUrl);
      const snapshot = extractProfile(doc, otherUrl);
      valid(snapshot);
      expect(snapshot.url).toBe(otherUrl);
      expect(['profile', 'authwall']).toContain(snapshot.pageKind);
      expectNothingAbout(snapshot);
      expect(isTopCardReady(doc, otherUrl)).toBe(false);
    },
    SLOW,
  );

  it('a stale <title> naming B does not make A look like B', () => {
    const html = amaraPage().replace(
      '<title>Amara Lindqvist | LinkedIn</title>',
      '<title>(71) Noor Haddad | LinkedIn</title>',
    );
    expectNothingAbout(extractProfile(parse(html, NOOR), NOOR));
    expect(extractProfile(parse(html, AMARA), AMARA).name).toBe('Amara Lindqvist');
  });

  it('member-id URLs are compared by member id', () => {
    const doc = parse(amaraPage(), AMARA);
    const own = `https://www.linkedin.com/in/${AMARA_ID}/`;
    expect(extractProfile(doc, own)).toMatchObject({ name: 'Amara Lindqvist', publicId: AMARA_ID });
    expect(isTopCardReady(doc, own)).toBe(true);
    const other = 'https://www.linkedin.com/in/ACoAAZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ/';
    expectNothingAbout(extractProfile(doc, other));
    expect(isTopCardReady(doc, other)).toBe(false);
  });

  it('the card becomes ready once it shows the URL profile', () => {
    expect(isTopCardReady(parse(amaraPage(), AMARA), AMARA)).toBe(true);
    expect(isTopCardReady(parse('<main><p>Loading</p></main>', AMARA), AMARA)).toBe(false);
  });
});

describe('fuzz', () => {
  const fragments = [
    '<main>',
    '</main>',
    '<section componentkey="com.linkedin.sdui.profile.card.refACoAABx7Qm2Ld9fK3pW8tZr5uVn1Ye4Hc6Js0Topcard">',
    '<section class="pv-top-card">',
    '<section class="top-card-layout">',
    '</section>',
    '<h1>',
    '</h1>',
    '<h2>',
    '</h2>',
    '<p>· 2nd</p>',
    '<div data-display-contents="true"><p>· 1st</p></div>',
    '<span class="dist-value">3rd</span>',
    '<a href="/in/amara-lindqvist-5b2e91/overlay/contact-info/">Contact info</a>',
    '<a href="/in/someone-else/overlay/contact-info/">Contact info</a>',
    '<a href="/search/results/people/?network=%5B%22F%22%5D&connectionOf=%5B%22ACoAABx7Qm2Ld9fK3pW8tZr5uVn1Ye4Hc6Js0%22%5D"><strong>A</strong> and 3 other mutual connections</a>',
    '<a href="/preload/custom-invite/?vanityName=amara-lindqvist-5b2e91">Connect</a>',
    '<button class="artdeco-button--primary">Message</button>',
    '<strong>',
    '</strong>',
    '<svg id="company-x"></svg>',
    'Amara',
    '  ',
    '<div>',
    '</div>',
  ];
  const markup = fc
    .array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 20 })), { maxLength: 40 })
    .map((parts) => parts.join(''));
  const url = fc.oneof(fc.constant(AMARA), fc.constant(NOOR), fc.webUrl(), fc.string({ maxLength: 40 }));

  it(
    'extractProfile and isTopCardReady never throw and always give a valid snapshot',
    () => {
      fc.assert(
        fc.property(markup, url, (html, pageUrl) => {
          const doc = parse(html, pageUrl);
          const snapshot = extractProfile(doc, pageUrl);
          expect(ProfileSnapshot.safeParse(snapshot).success).toBe(true);
          expect(typeof isTopCardReady(doc, pageUrl)).toBe('boolean');
          if (snapshot.pageKind === 'not-profile') expect(snapshot.missing).toEqual([...SNAPSHOT_FIELDS]);
        }),
        { numRuns: 100 },
      );
    },
    SLOW,
  );
});
