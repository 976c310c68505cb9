/**
 * A company's key: the one form every spelling of its name shares, so that
 * people, connections, clips and the user's target companies meet on it.
 *
 * - Case, accents and punctuation are ignored ("Société Générale" =
 *   "SOCIETE-GENERALE"); "&" reads "and"; dotted initials join ("S.A." = "SA").
 * - A leading "The" and trailing legal forms (Inc, Ltd, GmbH, SA, SAS, LLC,
 *   …, each a whole word) are dropped, as long as a word is left: "The
 *   Company" stays "company", "Inc." stays "inc".
 * - Keys are compared whole, never by substring: "Meta" and "Metaview" are
 *   two companies; two spellings that keys cannot join are merged by the user
 *   (a company's aliases), never guessed.
 *
 * Idempotent (a key's key is itself) and pure: every context may use it.
 */

import { COMPANY_LIMITS } from '@/lib/domain/model/limits';

/** Legal forms (lowercase, dots removed), by where they are used. Only whole trailing words are dropped. */
const LEGAL_FORMS = new Set([
  // English-speaking countries
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'ltd',
  'limited',
  'llc',
  'llp',
  'lp',
  'plc',
  'pllc',
  'pc',
  'pty',
  'pte',
  'lllp',
  // French, Belgian, Swiss, Luxembourg
  'sa',
  'sas',
  'sasu',
  'sarl',
  'eurl',
  'sca',
  'scs',
  'snc',
  'scop',
  'sprl',
  'srl',
  'asbl',
  // German-speaking
  'gmbh',
  'ggmbh',
  'gemeinnutzige',
  'ag',
  'kg',
  'kgaa',
  'ohg',
  'ug',
  'ev',
  'se',
  // Dutch, Nordic
  'bv',
  'nv',
  'vof',
  'ab',
  'as',
  'asa',
  'aps',
  'oy',
  'oyj',
  'hf',
  'ehf',
  // Southern Europe and Latin America
  'spa',
  'sl',
  'slu',
  'sapi',
  'sab',
  'ltda',
  'lda',
  'cv',
  'rl',
  'eireli',
  'me',
  // Elsewhere
  'kk',
  'bhd',
  'sdn',
  'pvt',
  'tbk',
  'jsc',
  'ooo',
  'zao',
  'oao',
  'pjsc',
  'sp',
  'zoo',
  'kft',
  'doo',
  'ооо',
  'оао',
  'зао',
  'пао',
  'ао',
]);

/** Words that join a name to its legal form and mean nothing once it is gone ("Jones & Co" → "jones"). */
const JOINERS = new Set(['and', 'und', 'et', 'y', 'e', 'de']);

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/** Letters NFKD does not take apart. */
const LETTERS: Readonly<Record<string, string>> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ı: 'i' };
/** "A/S", "S/A": one word. */
const SLASHED = /(?<![\p{L}\p{N}])(\p{L})\/(\p{L})(?![\p{L}\p{N}])/gu;
/** Dotted initials ("S.A.", "L.L.C", "e.V.") become one word before the dots go. */
const DOTTED = /(?:^|(?<=[^\p{L}\p{N}]))(?:[\p{L}\p{N}]{1,2}\.)+[\p{L}\p{N}]{0,2}\.?(?=[^\p{L}\p{N}]|$)/gu;

/** Plain ASCII names (most of them) take ASCII-only patterns, and skip the ones their characters cannot match. */
const SLASHED_ASCII = /(?<![a-z0-9])([a-z])\/([a-z])(?![a-z0-9])/g;
const DOTTED_ASCII = /(?:^|(?<=[^a-z0-9]))(?:[a-z0-9]{1,2}\.)+[a-z0-9]{0,2}\.?(?=[^a-z0-9]|$)/g;
const undot = (dotted: string) => ` ${dotted.replace(/\./g, '')} `;

function words(text: string): string[] {
  if (PRINTABLE_ASCII.test(text)) {
    let lower = text.toLowerCase();
    if (lower.includes('/')) lower = lower.replace(SLASHED_ASCII, '$1$2');
    if (lower.includes('.')) lower = lower.replace(DOTTED_ASCII, undot);
    if (lower.includes('&')) lower = lower.replace(/&/g, ' and ');
    return lower.split(/[^a-z0-9]+/).filter((word) => word !== '');
  }
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  return folded
    .replace(/[øæœßłđı]/g, (letter) => LETTERS[letter]!)
    .replace(SLASHED, '$1$2')
    .replace(DOTTED, undot)
    .replace(/&/g, ' and ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/**
 * The longest key, as stored (a company's key and a person's companyKey, which
 * a restore refuses past COMPANY_LIMITS.key and PERSON_LIMITS.company).
 * Folding can lengthen a name: NFKD takes a Hangul syllable apart into two or
 * three letters, a ligature into several, "&" becomes "and".
 */
export const COMPANY_KEY_MAX = COMPANY_LIMITS.key;

/** The company key of a name ('' for none): lowercase words joined by single spaces, at most COMPANY_KEY_MAX characters. */
export function companyKey(name: string | undefined): string {
  if (!name) return '';
  const key = keyOfWords(words(name.slice(0, COMPANY_KEY_MAX)));
  if (key.length <= COMPANY_KEY_MAX) return key;
  // Whole words that fit, keyed again (a legal form may now end it): a key's key is itself.
  const cut = key.slice(0, COMPANY_KEY_MAX + 1);
  // One word too long to fit is cut, never inside a surrogate pair (a lone half would not survive a re-key).
  const fitting =
    cut.slice(0, Math.max(cut.lastIndexOf(' '), 0)) || key.slice(0, COMPANY_KEY_MAX).replace(/[\uD800-\uDBFF]$/, '');
  return keyOfWords(fitting.split(' '));
}

/** Drops a leading "The" and trailing legal forms, as long as a word is left. */
function keyOfWords(list: string[]): string {
  for (let changed = true; changed && list.length > 1; ) {
    changed = false;
    if (list[0] === 'the') {
      list.shift();
      changed = true;
    }
    if (list.length > 1 && LEGAL_FORMS.has(list[list.length - 1]!)) {
      list.pop();
      // "Jones & Co" → "jones", not "jones and".
      if (list.length > 1 && JOINERS.has(list[list.length - 1]!)) list.pop();
      changed = true;
    }
  }
  return list.join(' ');
}

/** Whether a company name has every word of a search as a whole word of its key ("northwind" finds "Northwind Health", "meta" never "Metaview"). */
export function keyHasWords(key: string, search: string): boolean {
  const wanted = companyKey(search).split(' ').filter(Boolean);
  if (wanted.length === 0) return false;
  const have = ` ${key} `;
  return wanted.every((word) => have.includes(` ${word} `));
}
