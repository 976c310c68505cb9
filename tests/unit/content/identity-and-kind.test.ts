// @vitest-environment node
/**
 * Page kind and identity before storage: auth walls are never a person, the own
 * profile is found by structure (never by a headline's words), and card data is
 * stored under a URL only when the card is that URL's.
 */
import { describe, expect, it } from 'vitest';
import { classifyPage, extractProfile, isTopCardReady, SNAPSHOT_FIELDS } from '@/lib/content/read';
import { parse, readPage, SYNTHETIC } from './fixture-pages';

const page = (file: string) => readPage(SYNTHETIC + file);
const LENA = 'https://www.linkedin.com/in/lena-vogt-7a2c19/';
const SAM = 'https://www.linkedin.com/in/sam-okonkwo-reyes-7d3e10/';
const OLA = 'https://www.linkedin.com/in/ola-nordmann-1c2d3e/';
const ELIF = 'https://www.linkedin.com/in/elif-demir-lang-2b8c51/';

function expectBare(snapshot: ReturnType<typeof extractProfile>): void {
  expect(snapshot).toMatchObject({ degree: 'unknown', mutuals: [] });
  expect(snapshot.missing).toEqual([...SNAPSHOT_FIELDS]);
}

describe('the 2026 auth wall at /in/<slug>/', () => {
  const wall = page('2026-authwall-logged-out.html');

  it('is an auth wall, its sign-up heading is no name, and nothing is read', () => {
    const doc = parse(wall, LENA);
    const snapshot = extractProfile(doc, LENA);
    expect(snapshot).toMatchObject({ url: LENA, publicId: 'lena-vogt-7a2c19', pageKind: 'authwall' });
    expectBare(snapshot);
    expect(classifyPage(doc, LENA)).toBe('authwall');
    expect(isTopCardReady(doc, LENA)).toBe(true); // a wall: nothing more will come
  });

  it.each([
    ['the pageKey alone', (html: string) => html.replace(/<link rel="canonical"[^>]*>/, '')],
    ['the canonical /authwall alone', (html: string) => html.replace(/<meta name="pageKey"[^>]*>/, '')],
    [
      'a page saved without <head> (marks in the body)',
      (html: string) =>
        html.replace('<head>', '<body-marks>').replace('</head>', '').replace('<body class', '<body data-x class'),
    ],
  ])('is recognised by %s', (_label, edit) => {
    const snapshot = extractProfile(parse(edit(wall), LENA), LENA);
    expect(snapshot.pageKind).toBe('authwall');
    expect(snapshot.name).toBeUndefined();
  });

  it('without any auth-wall mark, the bare heading is still no person (generic card, no identity)', () => {
    const html = wall.replace(/<meta name="pageKey"[^>]*>/, '').replace(/<link rel="canonical"[^>]*>/, '');
    const doc = parse(html, LENA);
    expectBare(extractProfile(doc, LENA));
    expect(isTopCardReady(doc, LENA)).toBe(false);
  });
});

describe('own profile by structure, never by a headline', () => {
  it.each(['You', 'Vous', 'Sie', 'Tu', 'U', 'you', '· You'])('somebody else whose headline is %j', (word) => {
    const html = page('2026-sdui-hostile-you-headline.html').replace(
      '<p class="a2f5e8">You</p>',
      `<p class="a2f5e8">${word}</p>`,
    );
    const doc = parse(html, SAM);
    expect(classifyPage(doc, SAM)).toBe('profile');
    expect(extractProfile(doc, SAM)).toMatchObject({ pageKind: 'profile', degree: '2nd', primaryAction: 'connect' });
  });

  it('the own page is "self" by its isSelfProfile / edit-intro links', () => {
    const url = 'https://www.linkedin.com/in/harper-vance-0c11aa/';
    const html = page('2026-sdui-own-profile.html');
    expect(extractProfile(parse(html, url), url)).toMatchObject({ pageKind: 'self', degree: 'self' });
    const bare = html.replace(/\?isSelfProfile=true/g, '').replace(/<a [^>]*aria-label="Edit intro"[^>]*>.*?<\/a>/, '');
    expect(bare).not.toContain('isSelfProfile');
    // Without its links it still has the own-profile controls ("Open to")...
    expect(classifyPage(parse(bare, url), url)).toBe('self');
    // ...and without those it is not taken for one's own from its words.
    const none = bare.replace('<span>Open to</span>', '<span>Add section</span>');
    expect(classifyPage(parse(none, url), url)).toBe('profile');
  });
});

describe('identity before storage', () => {
  const generic = page('2025-generic-card-no-identity.html');

  it('a generic fallback card naming nobody stores nothing and is not ready', () => {
    const doc = parse(generic, OLA);
    expectBare(extractProfile(doc, OLA));
    expect(isTopCardReady(doc, OLA)).toBe(false);
  });

  it('the same card read once it names the URL: its data is kept', () => {
    const named = generic.replace(
      '<span class="text-body-small inline t-black--light break-words">Bergen, Vestland, Norway</span>',
      '<span class="text-body-small inline t-black--light break-words">Bergen, Vestland, Norway</span><a href="/in/ola-nordmann-1c2d3e/overlay/contact-info/">Contact info</a>',
    );
    const doc = parse(named, OLA);
    expect(extractProfile(doc, OLA)).toMatchObject({ name: 'Kari Nordmann', degree: '2nd', primaryAction: 'connect' });
    expect(isTopCardReady(doc, OLA)).toBe(true);
  });

  it('the same card naming somebody else: nothing', () => {
    const other = generic.replace(
      '</h1>',
      '</h1><a href="/in/kari-nordmann-9f8e7d/overlay/contact-info/">Contact info</a>',
    );
    expectBare(extractProfile(parse(other, OLA), OLA));
  });

  it('an era top card naming nobody is kept (nothing contradicts the URL)', () => {
    const html =
      '<main><section componentkey="com.linkedin.sdui.profile.card.refACoAAE2hVb6Yt1Rk9Pw3Nd7Qs0Lx4Jm8Cz5FeTopcard"><h2>Jane Doe</h2><p>· 2nd</p></section></main>';
    const url = 'https://www.linkedin.com/in/jane-doe-1a2b3c/';
    expect(extractProfile(parse(html, url), url)).toMatchObject({ name: 'Jane Doe', degree: '2nd' });
  });

  it('the link around the name heading names the subject (slug unrelated to the name)', () => {
    const html = page('2026-sdui-3rd-degree-connect.html')
      .replace(/\/overlay\/contact-info\//g, '/')
      .replace(/vanityName=[^"&]*/g, '');
    const own = 'https://www.linkedin.com/in/atelier-nord-8c40d7/';
    expect(extractProfile(parse(html, own), own)).toMatchObject({ name: 'Rafael Quintero', degree: '3rd' });
    const other = 'https://www.linkedin.com/in/rafael-quintero-8c40d7/';
    expectBare(extractProfile(parse(html, other), other));
  });
});

describe('late Ember out of network', () => {
  const oon = page('2025-ember-out-of-network.html');

  it('reads the relationship of the subject only, never the sidebar badges', () => {
    expect(extractProfile(parse(oon, ELIF), ELIF).degree).toBe('out-of-network');
    // Without the JSON the sidebar's "3rd+" and "Out of network" stay traps.
    const noJson = oon.replace(/<code[\s\S]*?<\/code>\n?/g, '');
    expect(noJson).toContain('3rd+');
    expect(extractProfile(parse(noJson, ELIF), ELIF)).toMatchObject({ degree: 'unknown', primaryAction: 'follow' });
  });

  it('never takes another member’s relationship', () => {
    const subject = 'urn:li:fsd_memberRelationship:ACoAAM2xQk7Lv1Wp5Nz9Rt3Yc6Hd0Js4Fb8Ga';
    const gone = oon.replaceAll(subject, 'urn:li:fsd_memberRelationship:ACoAAZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ');
    expect(extractProfile(parse(gone, ELIF), ELIF).degree).toBe('unknown');
  });

  it('contradicting relationships of the subject: unknown', () => {
    const twice = oon.replace(
      '<code style="display: none" id="bpr-guid-4810240">',
      `<code style="display: none">{&quot;included&quot;:[{&quot;entityUrn&quot;:&quot;urn:li:fsd_memberRelationship:ACoAAM2xQk7Lv1Wp5Nz9Rt3Yc6Hd0Js4Fb8Ga&quot;,&quot;memberRelationship&quot;:{&quot;noConnection&quot;:{&quot;memberDistance&quot;:&quot;DISTANCE_2&quot;}}}]}</code><code style="display: none" id="bpr-guid-4810240">`,
    );
    expect(extractProfile(parse(twice, ELIF), ELIF).degree).toBe('unknown');
  });

  it('a relationship named in the JSON for the subject is read as any degree', () => {
    const second = oon.replace(
      '&quot;memberDistance&quot;:&quot;OUT_OF_NETWORK&quot;',
      '&quot;memberDistance&quot;:&quot;DISTANCE_2&quot;',
    );
    expect(extractProfile(parse(second, ELIF), ELIF).degree).toBe('2nd');
  });

  it('a badge in the card wins over nothing: the JSON is read only when the card shows none', () => {
    const html = page('2025-ember-body-only-1st-degree.html');
    const url = 'https://www.linkedin.com/in/marta-kowalczyk-silva-9e4d27/';
    const json = `<code>{"included":[{"entityUrn":"urn:li:fsd_profile:ACoAAT1","publicIdentifier":"marta-kowalczyk-silva-9e4d27"},{"entityUrn":"urn:li:fsd_memberRelationship:ACoAAT1","memberRelationship":{"noConnection":{"memberDistance":"DISTANCE_3"}}}]}</code>`;
    expect(extractProfile(parse(json + html, url), url).degree).toBe('1st');
  });
});
