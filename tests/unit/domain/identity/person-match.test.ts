import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { connectionKey, matchKey, nameCompanyKey } from '@/lib/domain/identity/person-match';

/** matchKey's general (Unicode) path, which its plain-ASCII shortcut must agree with. */
const unicodeKey = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

describe('matchKey', () => {
  it('folds case, accents and punctuation', () => {
    expect(matchKey('Lucie Ferrand-Araújo')).toBe('lucie ferrand araujo');
    expect(matchKey('  O’Brien,  Seán ')).toBe('o brien sean');
    expect(matchKey('李 小龍')).toBe('李 小龍');
    expect(matchKey(undefined)).toBe('');
  });

  it('gives the Unicode path’s key for every plain-ASCII text (its shortcut)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)) }),
        (text) => {
          expect(matchKey(text)).toBe(unicodeKey(text));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('gives the Unicode path’s key for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(matchKey(text)).toBe(unicodeKey(text));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('connectionKey', () => {
  it('is the profile URL, else name and company, else the name', () => {
    expect(connectionKey({ name: 'Ann', profileUrl: 'https://www.linkedin.com/in/ann/' })).toBe(
      'https://www.linkedin.com/in/ann/',
    );
    expect(connectionKey({ name: 'Ann Lee', company: 'ACME' })).toBe(`name:${nameCompanyKey('ann lee', 'acme')}`);
    expect(connectionKey({ name: 'Ann Lee' })).toBe('name:ann lee');
  });
});
