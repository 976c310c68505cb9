// @vitest-environment node
/**
 * explainProfile: the same snapshot as extractProfile, plus the evidence behind
 * each field, which carries rule names, selectors, degrees and counts only: no
 * page HTML, no names or text from the page.
 */
import { describe, expect, it } from 'vitest';
import { collectEvidence, describeEvidence, explainProfile, extractProfile } from '@/lib/content/read';
import { FIXTURES, loadExpected, parse, readPage, SYNTHETIC } from './fixture-pages';

const pages = [
  ...loadExpected(FIXTURES).map(([file, exp]) => [FIXTURES + file, exp] as const),
  ...loadExpected(SYNTHETIC).map(([file, exp]) => [SYNTHETIC + file, exp] as const),
];

/** Names and text of people on the synthetic pages, subject and others (sidebars, mutuals, viewer). */
const PAGE_WORDS = [
  'Tobias',
  'Mei Takahashi',
  'Harper',
  'Oskar',
  'Yuki',
  'Rosa',
  'Chris',
  'Domenico',
  'Gian Luca',
  'Sahar',
  '愷奕',
  'Laetitia',
  'Anouk',
  'Ines Okafor',
  'Join LinkedIn',
];

describe('explainProfile', () => {
  it.each(pages)(
    '%s: same snapshot, evidence without page text',
    (path, expected) => {
      const html = readPage(path);
      const { snapshot, evidence } = explainProfile(parse(html, expected.url), expected.url);
      expect(snapshot).toEqual(extractProfile(parse(html, expected.url), expected.url));
      expect(evidence.page?.by).toBeTruthy();
      // The content script collects codes; the words are added elsewhere. Both are free of page text.
      const codes = collectEvidence(parse(html, expected.url), expected.url).evidence;
      expect(describeEvidence(codes)).toEqual(evidence);
      const text = JSON.stringify([evidence, codes]);
      expect(text).not.toMatch(/<(?:p|a|div|span|strong|h\d|section)[\s>]/);
      for (const value of [snapshot.name, snapshot.headline, snapshot.company, snapshot.location]) {
        if (value && value.length > 3) expect(text).not.toContain(value);
      }
      for (const mutual of snapshot.mutuals) expect(text).not.toContain(mutual.name);
      if (path.startsWith(SYNTHETIC)) for (const word of PAGE_WORDS) expect(text).not.toContain(word);
      if (snapshot.pageKind === 'profile' && snapshot.name) {
        for (const key of ['card', 'identity', 'name', 'headline', 'degree', 'primaryAction', 'mutuals', 'memberUrn'])
          expect(evidence[key]?.by, key).toBeTruthy();
      }
    },
    120_000,
  );

  const explain = (file: string) => {
    const [, expected] = loadExpected(SYNTHETIC).find(([name]) => name === file) ?? [];
    if (!expected) throw new Error(file);
    return explainProfile(parse(readPage(SYNTHETIC + file), expected.url), expected.url).evidence;
  };

  it('names the rule and the rejected alternate of an SDUI degree pair', () => {
    const degree = explain('2026-sdui-1st-degree.html').degree;
    expect(degree?.by).toMatch(/bare badge of the name line/);
    expect(degree?.seen).toBe(2);
    expect(degree?.rejected).toEqual(
      expect.arrayContaining([
        '2nd: one layout wrapper deeper (alternate state)',
        expect.stringMatching(/outside the top card: never read/),
      ]),
    );
  });

  it('explains an out-of-network degree from the page JSON, counting the other members it ignored', () => {
    const degree = explain('2025-ember-out-of-network.html').degree;
    expect(degree?.by).toMatch(/page JSON.*member id from the JSON profile of the slug/);
    expect(degree?.rejected).toContain('4 relationship entities of other members: ignored');
  });

  it('explains menus, auth walls and withheld cards', () => {
    expect(explain('2026-sdui-2nd-degree-open-menu.html').primaryAction?.rejected?.[0]).toMatch(/^6 inside a menu/);
    expect(explain('2026-authwall-logged-out.html').page?.by).toMatch(/auth-wall marker.*pageKey/);
    expect(explain('2025-generic-card-no-identity.html').identity?.by).toMatch(/^unknown: .*card data withheld/);
    expect(explain('2026-sdui-2nd-degree-follow-creator.html').mutuals?.rejected).toEqual([
      '1 "Followed by" (followerOf=) link: not mutuals',
    ]);
  });
});
