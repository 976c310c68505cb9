/**
 * The visible-people reader's mutual connections on result cards: the line in seven
 * languages, "Followed by" lines that are not mutuals, and headlines that use the words.
 */
import { describe, expect, it } from 'vitest';
import { mutualLink, page, run, sdui } from './people-list-cards';

const ID = 'ACoAAB1xMaya0Lindqvist9Qz';

describe('mutuals', () => {
  const cases: Array<[string, string, number, string[]]> = [
    [
      'en plural',
      '<strong>Laetitia</strong>, <strong>Clément</strong> and 5 other mutual connections',
      7,
      ['Laetitia', 'Clément'],
    ],
    ['en one', '<strong>Domenico</strong> is a mutual connection', 1, ['Domenico']],
    ['en two', '<strong>Gian Luca</strong> and <strong>愷奕</strong> are mutual connections', 2, ['Gian Luca', '愷奕']],
    [
      'en thousands',
      '<strong>Laetitia</strong>, <strong>Clément</strong> and 1,204 other mutual connections',
      1206,
      ['Laetitia', 'Clément'],
    ],
    [
      'fr',
      '<strong>Laetitia</strong>, <strong>Clément</strong> et 5 autres relations en commun',
      7,
      ['Laetitia', 'Clément'],
    ],
    ['fr one', '<strong>Domenico</strong> est une relation en commun', 1, ['Domenico']],
    [
      'de',
      '<strong>Laetitia</strong>, <strong>Clément</strong> und 5 weitere gemeinsame Kontakte',
      7,
      ['Laetitia', 'Clément'],
    ],
    ['de one', '<strong>Domenico</strong> ist ein gemeinsamer Kontakt', 1, ['Domenico']],
    [
      'es',
      '<strong>Laetitia</strong>, <strong>Clément</strong> y 5 contactos más en común',
      7,
      ['Laetitia', 'Clément'],
    ],
    [
      'pt',
      '<strong>Laetitia</strong>, <strong>Clément</strong> e mais 5 conexões em comum',
      7,
      ['Laetitia', 'Clément'],
    ],
    [
      'it',
      '<strong>Laetitia</strong>, <strong>Clément</strong> e altri 5 collegamenti in comune',
      7,
      ['Laetitia', 'Clément'],
    ],
    [
      'nl',
      '<strong>Laetitia</strong>, <strong>Clément</strong> en 5 andere gemeenschappelijke connecties',
      7,
      ['Laetitia', 'Clément'],
    ],
    ['nl one', '<strong>Domenico</strong> is een gemeenschappelijke connectie', 1, ['Domenico']],
  ];
  for (const [label, inner, count, names] of cases) {
    it(`M ${label}`, () => {
      const people = run(page(sdui({ mutual: mutualLink(ID, inner) })));
      expect(people[0]).toMatchObject({ mutualCount: count, mutualNames: names });
    });
  }
  it('M-follow "Followed by" plus a mutual line: the mutual line counts, not the follower line', () => {
    const follow = `<a href="https://www.linkedin.com/search/results/people/?followerOf=%5B%22${ID}%22%5D"><p>Followed by <strong>Chris</strong> and 3 others</p></a>`;
    const people = run(
      page(sdui({ mutual: mutualLink(ID, '<strong>Domenico</strong> is a mutual connection') + follow })),
    );
    expect(people[0]).toMatchObject({ mutualCount: 1, mutualNames: ['Domenico'] });
  });
  it('M-follow-only "Followed by Chris and 3 others" is not mutuals', () => {
    const follow = `<a href="https://www.linkedin.com/search/results/people/?followerOf=%5B%22${ID}%22%5D"><p>Followed by <strong>Chris</strong> and 3 others</p></a>`;
    const people = run(page(sdui({ mutual: follow })));
    expect(people[0]?.mutualCount).toBeUndefined();
    expect(people[0]?.mutualNames).toEqual([]);
  });
  it('M-headline a headline that mentions "mutual connections" is not the mutual line', () => {
    const people = run(
      page(sdui({ lines: '<p>Helping founders turn mutual connections into warm intros</p><p>Berlin</p>' })),
    );
    expect(people[0]?.headline).toBe('Helping founders turn mutual connections into warm intros');
  });
});
