/**
 * "List people on this page" on people searches and a company's People tab
 * of each era (synthetic pages copying the real nesting and its traps:
 * repeated badges, mutuals linked by member id, "LinkedIn Member" rows,
 * right rails, the header's own profile link), and on pages that list nobody.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageKindOf, readVisiblePeople } from '@/lib/content/people-list';
import { FIXTURES, SYNTHETIC, loadExpected, parse, readPage } from './fixture-pages';

const read = (file: string, url: string) => readVisiblePeople(parse(readPage(`${SYNTHETIC}${file}`), url), url);
const SEARCH = 'https://www.linkedin.com/search/results/people/?keywords=design';
const brief = (p: { name: string; degree: string; mutualCount?: number }) =>
  `${p.name} | ${p.degree} | ${p.mutualCount ?? '-'}`;

describe('the visible-people reader', () => {
  it('2026 SDUI search: ten cards, the named person of each (never a mutual, the rail or the user), degree and mutuals', () => {
    const { kind, people } = read('2026-sdui-people-search.html', SEARCH);
    expect(kind).toBe('people-search');
    expect(people.map(brief)).toEqual([
      'Maya Lindqvist | 2nd | 7',
      'Tomás Okafor | 1st | -',
      'Priya Raman | 3rd | -',
      'Gian Luca Ferri 🚀 | 2nd | 1',
      'Sahar サハル Tanaka | 2nd | 2',
      'Noor Haddad | 1st | 13',
      'Eun Kim | 3rd | -',
      'Femi Adeyemi | 2nd | 3',
      'Inès Duarte | 2nd | 1',
      'Ben Berg | 3rd | -',
    ]);
    expect(people[0]).toMatchObject({
      profileUrl: 'https://www.linkedin.com/in/maya-lindqvist/',
      headline: 'Senior Product Designer at Northwind Health',
      mutualNames: ['Laetitia', 'Clément'],
    });
    expect(people[4]!.mutualNames).toEqual(['Gian Luca', '愷奕']);
    expect(people.map((p) => p.profileUrl)).not.toContain('https://www.linkedin.com/in/sam-seeker/');
    expect(people.map((p) => p.profileUrl)).not.toContain('https://www.linkedin.com/in/alex-doe-pymk/');
  });

  it('2021-2024 Ember search: the title link, the badge pair, a mutual linked by member id, no "LinkedIn Member"', () => {
    const { people } = read('2023-ember-people-search.html', SEARCH);
    expect(people.map(brief)).toEqual(['Ana Silva | 1st | -', 'Kofi Mensah | 2nd | 4', 'Lena Rossi | 3rd | -']);
    expect(people[0]).toMatchObject({ headline: 'Senior Product Designer at Northwind Health' });
    expect(people[1]).toMatchObject({
      profileUrl: 'https://www.linkedin.com/in/kofi-mensah-8b2c/',
      mutualNames: ['Laetitia Dupont'],
    });
  });

  it('2025 Ember search in French: "• 2e" and "• 3e et +" badges, "sont des relations en commun"', () => {
    const { people } = read('2025-ember-french-people-search.html', SEARCH);
    expect(people.map(brief)).toEqual(['Élodie Marchand | 2nd | 2', 'Marc-Olivier Dupuis | 3rd | -']);
    expect(people[0]).toMatchObject({
      profileUrl: 'https://www.linkedin.com/in/elodie-marchand-3a8f1c/',
      headline: 'Responsable recrutement tech chez Maison Verte',
      mutualNames: ['Lola P.', 'Simon A.'],
    });
  });

  it('2026 SDUI search in German: "· 2." and "· 3.+", "gemeinsame Kontakte"', () => {
    const { people } = read('2026-sdui-german-people-search.html', SEARCH);
    expect(people.map(brief)).toEqual(['Jonas Weber | 2nd | 5', 'Marie Keller | 3rd | -']);
  });

  it('2018 Voyager search: name without its badge, "2 shared connections", occluded rows skipped', () => {
    const { people } = read('2018-voyager-people-search.html', SEARCH);
    expect(people.map(brief)).toEqual(['Priya Raman | 3rd | -', 'Hugo Laurent | 2nd | 2']);
    expect(people[1]).toMatchObject({
      headline: 'Product Designer at Tailspin Care',
      profileUrl: 'https://www.linkedin.com/in/hugo-laurent-7a/',
    });
  });

  it("a company's People tab: lockup cards with their a11y degree labels", () => {
    const url = 'https://www.linkedin.com/company/northwind-health/people/';
    const { kind, people } = read('2024-ember-company-people.html', url);
    expect(kind).toBe('company-people');
    expect(people.map(brief)).toEqual(['Chloé Martin | 1st | 8', 'Dev Patel | 2nd | 1']);
    expect(people[0]!.headline).toBe('Clinical Design Lead at Northwind Health');
    // The company the tab belongs to, as its heading names it: the people listed work there.
    expect(people.map((p) => p.company)).toEqual(['Northwind Health', 'Northwind Health']);
    expect(
      read('2026-sdui-people-search.html', 'https://www.linkedin.com/search/results/people/?keywords=x').people[0]
        ?.company,
    ).toBeUndefined();
  });

  it('reads nothing off a list page: a profile, the feed, another site', () => {
    for (const url of [
      'https://www.linkedin.com/in/maya-lindqvist/',
      'https://www.linkedin.com/feed/',
      'https://example.com/search/results/people/',
    ]) {
      expect(pageKindOf(url)).toBe('other');
      expect(read('2026-sdui-people-search.html', url).people).toEqual([]);
    }
  });

  it('by structure alone (no known card), a list item is a result only with a degree badge', () => {
    const pages = [
      ...loadExpected(FIXTURES).map(([file]) => `${FIXTURES}${file}`),
      ...readdirSync(SYNTHETIC)
        .filter((f) => f.endsWith('.html') && !/search|company-people/.test(f))
        .map((f) => `${SYNTHETIC}${f}`),
    ];
    expect(pages.length).toBeGreaterThan(15);
    // Profile pages read as if they were a search page: skills, endorsements and recommendations never pass.
    for (const path of pages) {
      for (const p of readVisiblePeople(parse(readPage(path), SEARCH), SEARCH).people) {
        expect(p.degree, `${path}: ${p.name}`).not.toBe('unknown');
        expect(p.name, path).not.toBe('');
      }
    }
  }, 60_000);

  it('changes nothing on the page', () => {
    const doc = parse(readPage(`${SYNTHETIC}2026-sdui-people-search.html`), SEARCH);
    const before = doc.documentElement.innerHTML;
    readVisiblePeople(doc, SEARCH);
    expect(doc.documentElement.innerHTML).toBe(before);
  });
});
