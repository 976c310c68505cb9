// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { classifyPage, extractProfile, profileUrlBehindWall, profileUrlFromDocument } from '@/lib/content/read';
import { FIXTURES, parse, readPage, SYNTHETIC } from './fixture-pages';

const JANE = 'https://www.linkedin.com/in/jane-doe-1a2b3c/';

/** A 2015 "nprofile" page, shaped like the classic markup (#top-card, .full-name, #headline .title). */
function classic2015(own: boolean): string {
  return `<html><head><link rel="canonical" href="https://www.linkedin.com/in/jane-doe-1a2b3c">
    <script>LI.Profile.data={isMyProfile:${own}};</script></head><body>
    <div id="top-card" class="top-card"><div class="profile-card vcard"><div class="profile-overview">
      <div id="name-container"><div id="name" class="editable-item"><h1><span class="full-name">Jane Doe</span></h1>
        ${own ? '<button class="edit-field-button">Edit</button>' : ''}</div></div>
      ${own ? '' : '<span class="fp-degree-icon"><abbr class="degree-icon" title="2nd degree contact">2<sup>nd</sup></abbr></span>'}
      <div id="headline-container"><div id="headline"><p class="title">Analyst at Acme</p></div></div>
      <div id="location-container"><div id="location"><dl><dt>Location</dt><dd><span class="locality"><a href="/vsearch/p?f_G=x">Greater Boston Area</a></span></dd></dl></div></div>
      <table class="extra-info"><tr id="overview-summary-current"><th>Current</th><td><ol><li><span class="new-miniprofile-container"><strong><a href="/company/1">Acme</a></strong></span></li></ol></td></tr></table>
    </div></div></div></body></html>`;
}

describe('classifyPage', () => {
  it.each([
    [
      '2018 other profile',
      `${FIXTURES}2018-12-pv-top-card-v2-1st-degree-highlights-mutual.html`,
      'https://www.linkedin.com/in/theo-marchetti-2cdd19/',
      'profile',
    ],
    [
      '2018 own profile',
      `${FIXTURES}2018-12-pv-top-card-v2-own-profile.html`,
      'https://www.linkedin.com/in/rowan-otierney-7d5631/',
      'self',
    ],
    [
      '2024 logged out',
      `${FIXTURES}2024-04-guest-public-profile-v3-logged-out.html`,
      'https://se.linkedin.com/in/mateo-ferrer-kowal-f87ed4',
      'authwall',
    ],
    [
      '2026 own profile',
      `${SYNTHETIC}2026-sdui-own-profile.html`,
      'https://www.linkedin.com/in/harper-vance-0c11aa/',
      'self',
    ],
    [
      '2026 other profile',
      `${SYNTHETIC}2026-sdui-3rd-degree-connect.html`,
      'https://www.linkedin.com/in/atelier-nord-8c40d7/',
      'profile',
    ],
    [
      'people search',
      `${SYNTHETIC}2025-ember-french-people-search.html`,
      'https://www.linkedin.com/search/results/people/?keywords=x',
      'not-profile',
    ],
  ])('%s', (_label, path, url, kind) => {
    expect(classifyPage(parse(readPage(path), url), url)).toBe(kind);
  });

  it.each([
    ['feed', 'https://www.linkedin.com/feed/', '<main><h1>Feed</h1></main>'],
    ['company page', 'https://www.linkedin.com/company/acme/', '<main><section><h1>Acme</h1></section></main>'],
    ['empty profile URL page', JANE, ''],
    ['profile still loading', JANE, '<main><div class="skeleton"></div></main>'],
    ['profile details sub-page', `${JANE}details/experience/`, '<main><section><h2>Experience</h2></section></main>'],
    ['not a URL', 'nonsense', '<main><section><h1>Jane</h1></section></main>'],
  ])('%s is not a profile', (_label, url, html) => {
    expect(classifyPage(parse(html, url), url)).toBe('not-profile');
  });

  it('an auth-wall URL leads back to its profile', () => {
    const url = `https://www.linkedin.com/authwall?trk=bf&trkInfo=x&sessionRedirect=${encodeURIComponent('https://fr.linkedin.com/in/Jane-Doe-1a2b3c?trk=x')}`;
    expect(profileUrlBehindWall(url)).toBe(JANE);
    const doc = parse('<main><form class="authwall-join-form"><h1>Join LinkedIn</h1></form></main>', url);
    expect(classifyPage(doc, url)).toBe('authwall');
    expect(extractProfile(doc, url)).toMatchObject({ url: JANE, pageKind: 'authwall', degree: 'unknown' });
    expect(
      profileUrlBehindWall('https://evil.com/authwall?sessionRedirect=https://www.linkedin.com/in/jane'),
    ).toBeNull();
  });

  it('a logged-out page is an auth wall by its pageKey even when the URL is a profile', () => {
    const html = '<head><meta name="pageKey" content="public_profile_v3_desktop"></head><main><h1>Jane</h1></main>';
    expect(classifyPage(parse(html, JANE), JANE)).toBe('authwall');
  });

  it.each([
    ['an "Edit intro" label', '<a href="#" aria-label="Edit intro"></a>'],
    ['a German "Intro bearbeiten" label', '<button aria-label="Intro bearbeiten"></button>'],
    [
      'an isSelfProfile link',
      '<a href="/in/jane-doe-1a2b3c/overlay/contact-info/?isSelfProfile=true">Contact info</a>',
    ],
    ['a SELF_PROFILE_VIEW link', '<a href="/analytics/profile-views/?screenContext=SELF_PROFILE_VIEW">Views</a>'],
    ['an edit-intro link', '<a href="/in/jane-doe-1a2b3c/edit/intro/"></a>'],
    ['a "· You" badge', '<p>· You</p>'],
    ['an "Open to" button', '<button type="button"><span>Open to</span></button>'],
  ])('an own SDUI profile is recognised by %s', (_label, marker) => {
    const html = `<main><section componentkey="com.linkedin.sdui.profile.card.refACoAAE2hVb6Yt1Rk9Pw3Nd7Qs0Lx4Jm8Cz5FeTopcard"><h2>Jane Doe</h2>${marker}</section></main>`;
    expect(classifyPage(parse(html, JANE), JANE)).toBe('self');
  });

  it('an SDUI profile of somebody else is not "self"', () => {
    const html =
      '<main><section componentkey="com.linkedin.sdui.profile.card.refACoAAE2hVb6Yt1Rk9Pw3Nd7Qs0Lx4Jm8Cz5FeTopcard"><h2>Jane Doe</h2><p>· 2nd</p>' +
      '<div aria-label="Open to work"><button>Open to work</button></div><a href="/messaging/compose/?screenContext=NON_SELF_PROFILE_VIEW">Message</a></section></main>';
    expect(classifyPage(parse(html, JANE), JANE)).toBe('profile');
  });
});

describe('2015 classic pages', () => {
  it('isMyProfile:true and edit buttons mean the own profile', () => {
    const doc = parse(classic2015(true), JANE);
    expect(extractProfile(doc, JANE)).toMatchObject({
      pageKind: 'self',
      degree: 'self',
      name: 'Jane Doe',
      headline: 'Analyst at Acme',
      location: 'Greater Boston Area',
      company: 'Acme',
      primaryAction: 'unknown',
    });
  });

  it('somebody else: the degree icon is read', () => {
    expect(extractProfile(parse(classic2015(false), JANE), JANE)).toMatchObject({
      pageKind: 'profile',
      degree: '2nd',
      name: 'Jane Doe',
    });
  });

  it('a /profile/view?id= URL is not a profile URL (the CLI resolves it through the page)', () => {
    const url = 'https://www.linkedin.com/profile/view?id=12345&trk=nav_responsive_tab_profile';
    const doc = parse(classic2015(true), url);
    expect(classifyPage(doc, url)).toBe('not-profile');
    expect(profileUrlFromDocument(doc)).toBe(JANE);
  });
});

describe('profileUrlFromDocument', () => {
  it.each([
    [`${FIXTURES}2018-12-pv-top-card-v2-own-profile.html`, 'https://www.linkedin.com/in/rowan-otierney-7d5631/'],
    [`${FIXTURES}2022-03-pv-text-details-3rd-degree-inmail.html`, 'https://www.linkedin.com/in/rowan-otierney-7d5631/'],
    [
      `${FIXTURES}2024-04-guest-public-profile-v3-logged-out.html`,
      'https://www.linkedin.com/in/mateo-ferrer-kowal-f87ed4/',
    ],
    [`${SYNTHETIC}2026-sdui-2nd-degree-pending.html`, 'https://www.linkedin.com/in/jonas-weber-a91c3e/'],
    [`${SYNTHETIC}2025-ember-french-people-search.html`, null],
  ])(
    '%s',
    (path, url) => {
      expect(profileUrlFromDocument(parse(readPage(path)))).toBe(url);
    },
    60_000,
  );
});
