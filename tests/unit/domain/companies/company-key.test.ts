import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPANY_KEY_MAX, companyKey, keyHasWords } from '@/lib/domain/companies/company-key';
import { COMPANY_LIMITS, PERSON_LIMITS } from '@/lib/domain/model/limits';

/** Real-world spellings of one company each, as LinkedIn exports and profiles write them. */
const SAME: ReadonlyArray<readonly [string, ...string[]]> = [
  ['Alphabet Inc.', 'Alphabet', 'ALPHABET INC', 'alphabet, inc'],
  ['Google LLC', 'Google', 'google l.l.c.'],
  ['The Walt Disney Company', 'Walt Disney Co.', 'Walt Disney'],
  ['Procter & Gamble Co.', 'Procter and Gamble', 'PROCTER & GAMBLE'],
  ['Société Générale S.A.', 'Societe Generale', 'SOCIÉTÉ GÉNÉRALE', 'Société-Générale SA'],
  ['Banco Santander, S.A.', 'Banco Santander'],
  ['Robert Bosch GmbH', 'Robert Bosch GmbH & Co. KG', 'Robert Bosch'],
  ['Teach First Deutschland gemeinnützige GmbH', 'Teach First Deutschland'],
  ['SAP SE', 'SAP'],
  ['Infosys Limited', 'Infosys', 'Infosys Ltd.'],
  ['Tata Consultancy Services Ltd', 'Tata Consultancy Services'],
  ['CivicMinds, Inc', 'CivicMinds'],
  ['Flexton Inc.', 'Flexton'],
  ['Triune Infomatics Inc', 'Triune Infomatics'],
  ['A.P. Møller - Mærsk A/S', 'AP Moller Maersk', 'A.P. Moller-Maersk'],
  ['Capgemini SE', 'Capgemini'],
  ['Koninklijke Philips N.V.', 'Koninklijke Philips'],
  ['Spotify AB', 'Spotify'],
  ['Nokia Oyj', 'Nokia'],
  ['Equinor ASA', 'Equinor'],
  ['Grupo Bimbo, S.A.B. de C.V.', 'Grupo Bimbo SAB de CV'],
  ['Jones & Co.', 'Jones'],
  ['The Boston Consulting Group', 'Boston Consulting Group', 'BOSTON CONSULTING GROUP'],
  ['Northwind Health, Inc.', 'Northwind Health', '  northwind   health  '],
];

/** Different companies that a substring or prefix rule would wrongly join. */
const DIFFERENT: ReadonlyArray<readonly [string, string]> = [
  ['Meta', 'Metaview'],
  ['Meta', 'Meta Financial Group'],
  ['Apple', 'Applied Materials'],
  ['Amazon', 'Amazon Web Services'],
  ['ING', 'Infosys'],
  ['Sage', 'Sagemaker Labs'],
  ['Northwind', 'Northwind Health'],
  ['Coop', 'Cooper Industries'],
  ['SA Power Networks', 'Power Networks'],
];

describe('companyKey on real-world spellings', () => {
  it.each(SAME.map((names) => [names[0], names] as const))('joins every spelling of %s', (_first, names) => {
    const keys = names.map(companyKey);
    expect(new Set(keys).size, keys.join(' | ')).toBe(1);
    expect(keys[0]).not.toBe('');
  });

  it.each(DIFFERENT)('keeps %s and %s apart', (a, b) => {
    expect(companyKey(a)).not.toBe(companyKey(b));
    expect(keyHasWords(companyKey(b), a) && companyKey(a) === companyKey(b)).toBe(false);
  });

  it('never leaves a name empty: a legal form or "The" alone stays', () => {
    expect(companyKey('Inc.')).toBe('inc');
    expect(companyKey('The Company')).toBe('company');
    expect(companyKey('The')).toBe('the');
    expect(companyKey('S.A.')).toBe('sa');
  });

  it('has no key for no company (blank, punctuation only)', () => {
    for (const blank of [undefined, '', '   ', '—', '...', ', ,']) expect(companyKey(blank)).toBe('');
  });

  it('keeps non-Latin names (folded, not dropped)', () => {
    expect(companyKey('株式会社 トヨタ')).toBe('株式会社 トヨタ');
    expect(companyKey('Яндекс ООО')).toBe(companyKey('яндекс'));
  });
});

describe('keyHasWords ("who do I know at …" suggestions)', () => {
  it('matches whole words only', () => {
    expect(keyHasWords(companyKey('Northwind Health'), 'northwind')).toBe(true);
    expect(keyHasWords(companyKey('Northwind Health'), 'Health Northwind')).toBe(true);
    expect(keyHasWords(companyKey('Metaview'), 'Meta')).toBe(false);
    expect(keyHasWords(companyKey('Northwind Health'), 'north')).toBe(false);
    expect(keyHasWords(companyKey('Northwind Health'), '')).toBe(false);
  });
});

const word = fc.stringMatching(/^[A-Za-zÀ-ÖØ-öø-ÿ0-9]{1,10}$/);
const name = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(' '));
const suffix = fc.constantFrom('', ' Inc.', ', Inc', ' LLC', ' Ltd', ' GmbH', ' S.A.', ' SAS', ' plc', ' AB', ' & Co.');

describe('companyKey properties', () => {
  it('is stable: the key of a key is the key', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), (text) => companyKey(companyKey(text)) === companyKey(text)));
  });

  it('ignores case, spacing, punctuation, a leading "The" and a trailing legal form', () => {
    fc.assert(
      fc.property(name, suffix, fc.boolean(), (base, legal, the) => {
        const key = companyKey(base);
        fc.pre(key !== '' && companyKey(`${base}${legal}`) !== '' && !/^the\b/i.test(base));
        const variant = `${the ? 'The ' : ''}${base.toUpperCase().replace(/ /g, ' - ')}${legal}`;
        return companyKey(variant) === companyKey(`${base}${legal}`);
      }),
    );
  });

  it('never joins a name with a longer one that merely starts with it (no substring matches)', () => {
    fc.assert(
      fc.property(word, fc.stringMatching(/^[a-z]{1,6}$/), (base, tail) => {
        const longer = `${base}${tail}`;
        return companyKey(base) !== companyKey(longer) && !keyHasWords(companyKey(longer), base);
      }),
    );
  });

  it('is made of lowercase words joined by single spaces', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => /^(?:[^\sA-Z]+(?: [^\sA-Z]+)*)?$/u.test(companyKey(text))),
    );
  });

  /** Names whose folding lengthens them: Hangul syllables (two or three letters each under NFKD), ligatures, "&". */
  const lengthening = fc
    .array(fc.constantFrom('가', '각', 'ﷺ', 'ﬃ', '&', ' ', 'Inc', 'a', '½', 'ß', '𠀀'), { maxLength: COMPANY_KEY_MAX })
    .map((parts) => parts.join('').slice(0, COMPANY_LIMITS.name));

  it('is never longer than a stored key may be, whatever the name (found by the round-trip property)', () => {
    expect(COMPANY_KEY_MAX).toBe(PERSON_LIMITS.company);
    expect(COMPANY_KEY_MAX).toBe(COMPANY_LIMITS.key);
    // 150 Hangul syllables: 300 letters under NFKD; with a space between them, 300 words.
    expect(companyKey('가'.repeat(COMPANY_LIMITS.name)).length).toBeLessThanOrEqual(COMPANY_KEY_MAX);
    expect(companyKey('가 '.repeat(150)).length).toBeLessThanOrEqual(COMPANY_KEY_MAX);
    expect(companyKey('ﷺ'.repeat(30)).length).toBeLessThanOrEqual(COMPANY_KEY_MAX);
    // One long word cut at 300 where an astral letter (two UTF-16 units) straddles the cut (found in review).
    const astral = companyKey('각'.repeat(99) + '𠀀'.repeat(2));
    expect(astral.length).toBeLessThanOrEqual(COMPANY_KEY_MAX);
    expect(companyKey(astral)).toBe(astral);
    expect(() => encodeURIComponent(astral)).not.toThrow();
    fc.assert(
      fc.property(lengthening, (text) => {
        const key = companyKey(text);
        return key.length <= COMPANY_KEY_MAX && companyKey(key) === key;
      }),
    );
  });

  it('keeps the whole words that fit when it must shorten', () => {
    const key = companyKey(`${'Northwind & Health '.repeat(20)}Inc`);
    expect(key.length).toBeLessThanOrEqual(COMPANY_KEY_MAX);
    expect(key.startsWith('northwind and health northwind')).toBe(true);
    expect(key.split(' ').every((word) => ['northwind', 'and', 'health'].includes(word))).toBe(true);
    expect(key.endsWith(' and')).toBe(false);
  });
});
