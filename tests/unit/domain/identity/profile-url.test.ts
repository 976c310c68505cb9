// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMemberIdSlug, normaliseProfileUrl, profileUrlFromHref, publicIdFromProfileUrl } from '@/lib/content/read';

const JANE = 'https://www.linkedin.com/in/jane-doe-1a2b3c/';
const MEMBER = 'ACoAAxkoZCwR5aF7JsQ7vw0H37Q0gAs7NDJ4st3';
const JURGEN = 'https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller/';

describe('normaliseProfileUrl accepts every form of a profile URL', () => {
  it.each([
    ['https://www.linkedin.com/in/jane-doe-1a2b3c/', JANE],
    ['https://www.linkedin.com/in/jane-doe-1a2b3c', JANE],
    ['http://www.linkedin.com/in/jane-doe-1a2b3c/', JANE],
    ['https://linkedin.com/in/jane-doe-1a2b3c', JANE],
    ['https://se.linkedin.com/in/jane-doe-1a2b3c', JANE],
    ['https://fr.linkedin.com/in/jane-doe-1a2b3c/', JANE],
    ['https://uk.linkedin.com/in/jane-doe-1a2b3c/', JANE],
    ['https://m.linkedin.com/in/jane-doe-1a2b3c/', JANE],
    ['https://www.linkedin.com/mwlite/in/jane-doe-1a2b3c', JANE],
    ['https://WWW.LinkedIn.COM/in/jane-doe-1a2b3c/', JANE],
    ['https://www.linkedin.com/IN/Jane-Doe-1A2B3C/', JANE],
    ['https://www.linkedin.com./in/jane-doe-1a2b3c/', JANE],
    ['https://www.linkedin.com:443/in/jane-doe-1a2b3c/', JANE],
    ['www.linkedin.com/in/jane-doe-1a2b3c', JANE],
    ['linkedin.com/in/jane-doe-1a2b3c/', JANE],
    ['//www.linkedin.com/in/jane-doe-1a2b3c', JANE],
    ['  https://www.linkedin.com/in/jane-doe-1a2b3c/  ', JANE],
    ['https://www.linkedin.com/in/jane-doe-1a2b3c/?trk=people-guest&originalSubdomain=se', JANE],
    ['https://www.linkedin.com/in/jane-doe-1a2b3c/#experience', JANE],
    ['https://www.linkedin.com/in/jane-doe-1a2b3c?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAA', JANE],
    ['https://www.linkedin.com//in//jane-doe-1a2b3c//', JANE],
    ['https:/www.linkedin.com/in/jane-doe-1a2b3c', JANE],
    ['https:\\\\www.linkedin.com\\in\\jane-doe-1a2b3c', JANE],
    ['https://www.linkedin.com/in/jane-doe-1a2b3c/details/experience/', JANE],
    ['https://www.linkedin.com/in/jane-doe-1a2b3c/overlay/contact-info/', JANE],
    ['https://www.linkedin.com/in/jane-doe-1a2b3c/detail/contact-info/', JANE],
    ['https://www.linkedin.com/in/jane-doe-1a2b3c/recent-activity/all/', JANE],
    ['https://www.linkedin.com/in/jane-doe-1a2b3c/fr', JANE],
    ['https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller/', JURGEN],
    ['https://www.linkedin.com/in/j%c3%bcrgen-m%c3%bcller', JURGEN],
    ['https://www.linkedin.com/in/jürgen-müller/', JURGEN],
    ['https://de.linkedin.com/in/J%C3%9CRGEN-M%C3%9CLLER', JURGEN],
    ['https://www.linkedin.com/in/ju\u0308rgen-mu\u0308ller/', JURGEN],
    [
      'https://www.linkedin.com/in/%E7%8E%8B%E5%B0%8F%E6%98%8E',
      'https://www.linkedin.com/in/%E7%8E%8B%E5%B0%8F%E6%98%8E/',
    ],
    [
      'https://www.linkedin.com/in/Андрей-Петров',
      `https://www.linkedin.com/in/${encodeURIComponent('андрей-петров')}/`,
    ],
    ['https://www.linkedin.com/in/jane_doe/', 'https://www.linkedin.com/in/jane_doe/'],
    [`https://www.linkedin.com/in/${MEMBER}`, `https://www.linkedin.com/in/${MEMBER}/`],
    [`https://www.linkedin.com/in/${MEMBER}/?miniProfileUrn=x`, `https://www.linkedin.com/in/${MEMBER}/`],
    [`linkedin.com/in/${MEMBER}/overlay/contact-info/`, `https://www.linkedin.com/in/${MEMBER}/`],
  ])('%s', (input, canonical) => {
    expect(normaliseProfileUrl(input)).toBe(canonical);
  });

  it('keeps member ids case-sensitive but lowercases vanity slugs', () => {
    expect(normaliseProfileUrl(`https://www.linkedin.com/in/${MEMBER}`)).toContain(MEMBER);
    expect(normaliseProfileUrl(`https://www.linkedin.com/in/${MEMBER.toLowerCase()}`)).toBe(
      `https://www.linkedin.com/in/${MEMBER.toLowerCase()}/`,
    );
  });
});

describe('normaliseProfileUrl rejects what is not a LinkedIn profile', () => {
  it.each([
    '',
    '   ',
    'jane-doe',
    '/in/jane-doe/',
    'https://www.linkedin.com/',
    'https://www.linkedin.com/in/',
    'https://www.linkedin.com/in//',
    'https://www.linkedin.com/in/%20/',
    'https://www.linkedin.com/in/-/',
    'https://www.linkedin.com/in/%E0%A4%A/',
    'https://www.linkedin.com/in/jane%2Fdoe/',
    'https://www.linkedin.com/in/%3Cscript%3E/',
    'https://www.linkedin.com/in/../company/acme/',
    'https://www.linkedin.com/company/acme/',
    'https://www.linkedin.com/company/acme/people/',
    'https://www.linkedin.com/search/results/people/?keywords=jane',
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/school/kth/',
    'https://www.linkedin.com/pub/jane-doe/12/345/678',
    'https://www.linkedin.com/mynetwork/',
    'https://www.linkedin.com/messaging/thread/2-abc/',
    'https://evil.com/in/jane-doe/',
    'https://linkedin.com.evil.com/in/jane-doe/',
    'https://evil-linkedin.com/in/jane-doe/',
    'https://linkedin.co/in/jane-doe/',
    'https://linkedin.com.co/in/jane-doe/',
    'https://wwwlinkedin.com/in/jane-doe/',
    'https://www.linked1n.com/in/jane-doe/',
    'https://www.xn--linkedn-tbb.com/in/jane-doe/',
    'https://evil.linkedin.com/in/jane-doe/',
    'https://www.linkedin.com@evil.com/in/jane-doe/',
    'https://user:pass@www.linkedin.com/in/jane-doe/',
    'https://www.linkedin.com:8443/in/jane-doe/',
    'https://evil.com/https://www.linkedin.com/in/jane-doe/',
    'https://evil.com/?u=https://www.linkedin.com/in/jane-doe/',
    'javascript:alert(1)//www.linkedin.com/in/jane-doe/',
    'JavaScript:alert(document.cookie)',
    'data:text/html,<a href="https://www.linkedin.com/in/jane-doe/">x</a>',
    'mailto:jane@linkedin.com',
    'ftp://www.linkedin.com/in/jane-doe/',
    'chrome-extension://abc/in/jane-doe/',
    'file:///in/jane-doe/',
    'https://lnkd.in/abc123',
    `https://www.linkedin.com/in/${'a'.repeat(101)}/`,
    `https://www.linkedin.com/in/${'a'.repeat(5000)}/`,
  ])('%s', (input) => {
    expect(normaliseProfileUrl(input)).toBeNull();
  });
});

describe('publicIdFromProfileUrl and isMemberIdSlug', () => {
  it.each([
    [JANE, 'jane-doe-1a2b3c'],
    ['https://se.linkedin.com/in/Jane-Doe-1a2b3c?x=1', 'jane-doe-1a2b3c'],
    [JURGEN, 'jürgen-müller'],
    [`https://www.linkedin.com/in/${MEMBER}/`, MEMBER],
    ['https://www.linkedin.com/company/acme/', null],
    ['not a url', null],
  ])('%s → %s', (url, id) => {
    expect(publicIdFromProfileUrl(url)).toBe(id);
  });

  it.each([
    [MEMBER, true],
    ['ACoAABx7Qm2Ld9fK3pW8tZr5uVn1Ye4Hc6Js0', true],
    ['ACoAA-_12345678901', true],
    ['ACoAA12', false],
    ['acoaaxkozcwr5af7jsq7vw0h37q0gas7ndj4st3', false],
    ['jane-doe', false],
    ['', false],
  ])('isMemberIdSlug(%s) = %s', (slug, yes) => {
    expect(isMemberIdSlug(slug)).toBe(yes);
  });

  it('profileUrlFromHref resolves page hrefs against linkedin.com', () => {
    expect(profileUrlFromHref('/in/jane-doe-1a2b3c/detail/contact-info/')).toBe(JANE);
    expect(profileUrlFromHref(`/in/${MEMBER}?miniProfileUrn=urn%3Ali%3Afsd_profile%3A${MEMBER}`)).toBe(
      `https://www.linkedin.com/in/${MEMBER}/`,
    );
    expect(profileUrlFromHref('javascript:alert(1)')).toBeNull();
    expect(profileUrlFromHref('/search/results/people/?connectionOf=x')).toBeNull();
    expect(profileUrlFromHref('https://evil.com/in/jane-doe/')).toBeNull();
  });
});

describe('normaliseProfileUrl under fuzzing', () => {
  const CANONICAL = /^https:\/\/www\.linkedin\.com\/in\/[^/?#\s]+\/$/;
  const anything = fc.oneof(
    fc.string(),
    fc.webUrl({ withQueryParameters: true, withFragments: true }),
    fc
      .constantFrom('https://www.linkedin.com/in/', 'linkedin.com/in/', 'https://se.linkedin.com/in/')
      .chain((prefix) => fc.string().map((rest) => prefix + rest)),
    fc.string({ unit: 'grapheme' }).map((s) => `https://www.linkedin.com/in/${s}`),
  );

  it('never throws, and always gives null or a canonical, idempotent URL', () => {
    fc.assert(
      fc.property(anything, (input) => {
        const url = normaliseProfileUrl(input);
        if (url === null) return;
        expect(url).toMatch(CANONICAL);
        expect(normaliseProfileUrl(url)).toBe(url);
        const id = publicIdFromProfileUrl(url);
        expect(id).not.toBeNull();
        expect(normaliseProfileUrl(`https://www.linkedin.com/in/${encodeURIComponent(id ?? '')}`)).toBe(url);
      }),
      { numRuns: 2000 },
    );
  });

  it('never accepts a host other than LinkedIn', () => {
    fc.assert(
      fc.property(fc.webUrl(), (input) => {
        const host = new URL(input).hostname;
        fc.pre(!/(^|\.)linkedin\.com\.?$/.test(host));
        expect(normaliseProfileUrl(input)).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });

  it('does not throw on non-string input', () => {
    expect(normaliseProfileUrl(undefined as unknown as string)).toBeNull();
    expect(publicIdFromProfileUrl(42 as unknown as string)).toBeNull();
  });
});
