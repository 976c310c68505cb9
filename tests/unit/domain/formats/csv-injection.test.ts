import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/lib/domain/formats/csv/parse';
import { csvCell, looksLikeFormula } from '@/lib/domain/formats/csv/write';
import { targetsToCsv } from '@/lib/domain/formats/targets-csv';
import type { Person } from '@/lib/domain/model';

/** Characters a spreadsheet may skip or not show before a formula (listed here, independently of the code's classes). */
const INVISIBLES = [
  ' ',
  '\t',
  '\n',
  '\r',
  '\u000b',
  '\u000c',
  '\u0085',
  '\u00a0',
  '\u00ad',
  '\u034f',
  '\u061c',
  '\u115f',
  '\u1680',
  '\u180e',
  '\u2000',
  '\u2007',
  '\u200a',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u2028',
  '\u2029',
  '\u202a',
  '\u202e',
  '\u202f',
  '\u205f',
  '\u2060',
  '\u2063',
  '\u2066',
  '\u2069',
  '\u3000',
  '\u3164',
  '\ufe0f',
  '\ufeff',
  '\uffa0',
  '\u{e0020}',
];
/** ASCII formula starts and the characters NFKC folds to them. */
const FORMULA_CHARS = ['=', '+', '-', '@', '＝', '＋', '－', '＠', '﹦', '﹢', '﹣', '﹫', '⁺', '₊', '⁼', '₌'];

const INVISIBLE = new Set(INVISIBLES);
/** The check the issue states: strip leading whitespace/invisibles, NFKC-normalise, look at the first character. */
function startsLikeFormula(cell: string): boolean {
  const chars = [...cell];
  const start = chars.findIndex((char) => !INVISIBLE.has(char));
  const visible = start < 0 ? '' : chars.slice(start).join('');
  return /^[=+\-@]/.test(visible.normalize('NFKC'));
}

const person = (text: string, i: number): Person => ({
  id: `p${i}`,
  kind: 'target',
  stage: 'to-contact',
  name: text,
  headline: text,
  company: text,
  email: text,
  phone: text,
  degree: '2nd',
  mutuals: [],
  notes: text,
  userEdited: [],
  createdAt: 0,
  updatedAt: 0,
});

/** Text built to look like a formula behind invisibles, mixed with any text at all. */
const hostile = fc.oneof(
  fc
    .tuple(
      fc.array(fc.constantFrom(...INVISIBLES), { maxLength: 4 }),
      fc.constantFrom(...FORMULA_CHARS),
      fc.string({ unit: 'grapheme', maxLength: 20 }),
    )
    .map(([pad, start, rest]) => pad.join('') + start + rest),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

describe('CSV export neutralises formulas behind invisibles and in full-width forms', () => {
  it.each([
    [' =1+1'],
    ['\u00a0=1+1'],
    ['\ufeff=HYPERLINK("http://evil.example")'],
    ['\u200b@SUM(A1:A9)'],
    ['\u200b\u00a0 \u2060-2+3'],
    ['＝1+1'],
    ['＋44 20 7946 0000'],
    ['－1'],
    ['＠SUM(A1)'],
    ['\u3000＝cmd|" /C calc"!A0'],
    ['﹦1'],
    ['⁺1'],
  ])('%j gets the leading apostrophe', (cell) => {
    expect(looksLikeFormula(cell)).toBe(true);
    expect(parseCsv(csvCell(cell))[0]?.fields).toEqual([`'${cell}`]);
  });

  it.each([['safe = text'], ['José'], ['\u200bJosé'], ['≠ equal'], ['−5 (a minus sign, not a hyphen)'], ['']])(
    '%j stays as it is',
    (cell) => {
      expect(looksLikeFormula(cell)).toBe(false);
      expect(csvCell(cell).replace(/^"|"$/g, '')).toBe(cell);
    },
  );

  it('no exported cell reads as a formula unless it starts with the apostrophe (property)', () => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 1, maxLength: 5 }), (texts) => {
        const records = parseCsv(targetsToCsv(texts.map(person), { timeZone: 'UTC' }));
        expect(records).toHaveLength(texts.length + 1);
        for (const record of records.slice(1)) {
          for (const cell of record.fields) {
            if (cell.startsWith("'")) continue;
            expect(cell).not.toMatch(/^[\t\r]/);
            expect(startsLikeFormula(cell)).toBe(false);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
