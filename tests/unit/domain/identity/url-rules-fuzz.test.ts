import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { connectionProfileUrl, publicIdOf } from '@/lib/domain/identity/connection-profile-url';
import { profileUrlBehindWall } from '@/lib/content/read/classify-page';
import { absoluteLinkedInUrl, normaliseProfileUrl, profileUrlFromHref } from '@/lib/domain/identity/profile-url';

const CANONICAL = /^https:\/\/www\.linkedin\.com\/in\/[^/?#\s]+\/$/;

/** Strings shaped like what pages, exports and redirects carry, and plain junk. */
const urlish = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc
    .constantFrom(
      '/in/',
      'in/',
      '//www.linkedin.com/in/',
      'https://fr.linkedin.com/in/',
      'javascript:',
      'data:text/html,',
      '%',
      '/mwlite/in/',
    )
    .chain((prefix) => fc.string({ unit: 'grapheme', maxLength: 60 }).map((rest) => prefix + rest)),
  fc
    .tuple(
      fc.constantFrom(
        'https://www.linkedin.com/authwall',
        'https://linkedin.com/login',
        'https://evil.example/authwall',
        'https://www.linkedin.com/feed/',
      ),
      fc.constantFrom('sessionRedirect', 'session_redirect', 'redirect', 'next'),
      fc.oneof(fc.string(), fc.webUrl(), fc.constant('https://www.linkedin.com/in/ann-lee/')),
    )
    .map(([base, key, target]) => `${base}?${key}=${encodeURIComponent(target)}`),
  fc.constant(`https://www.linkedin.com/in/${'a'.repeat(5000)}/`),
);

describe('URL rules under fuzzing: nothing throws, and anything returned is canonical', () => {
  it('profileUrlFromHref and absoluteLinkedInUrl (hrefs found on pages)', () => {
    fc.assert(
      fc.property(urlish, (href) => {
        const absolute = absoluteLinkedInUrl(href);
        if (absolute) expect(['https:', 'http:']).toContain(absolute.protocol);
        const url = profileUrlFromHref(href);
        if (url !== null) {
          expect(url).toMatch(CANONICAL);
          expect(normaliseProfileUrl(url)).toBe(url);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('profileUrlBehindWall (auth-wall redirects) gives null or a canonical profile URL', () => {
    fc.assert(
      fc.property(urlish, (address) => {
        const url = profileUrlBehindWall(address);
        if (url !== null) expect(url).toMatch(CANONICAL);
      }),
      { numRuns: 1000 },
    );
  });

  it('connectionProfileUrl (Connections.csv) agrees with normaliseProfileUrl on any cell, and publicIdOf never throws', () => {
    fc.assert(
      fc.property(urlish, (cell) => {
        const url = connectionProfileUrl(cell);
        expect(url).toBe(normaliseProfileUrl(cell) ?? undefined);
        if (url !== undefined) expect(publicIdOf(url)).toBeTruthy();
        expect(() => publicIdOf(cell)).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });
});
