/** Reading single Connections.csv cells: dates, e-mail addresses, text caps. */
import { isStorableDate } from '@/lib/domain/model/limits';

const MONTHS: Record<string, number> = {
  jan: 0,
  feb: 1,
  mar: 2,
  apr: 3,
  may: 4,
  jun: 5,
  jul: 6,
  aug: 7,
  sep: 8,
  oct: 9,
  nov: 10,
  dec: 11,
};

const DAY_MONTH_YEAR = /^(\d{1,2})[\s-]+([A-Za-z]{3})[A-Za-z]*\.?[\s-]+(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * UTC midnight of a valid calendar date Inroads may store (1990–2200), else
 * undefined (31 Feb is not a date; "01 Jan 0001" is not a day anyone connected).
 */
function utcDate(year: number, month: number, day: number): number | undefined {
  const ms = Date.UTC(year, month, day);
  const date = new Date(ms);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return undefined;
  return isStorableDate(ms) ? ms : undefined;
}

/**
 * "02 Jun 2022" (LinkedIn's form; "2 June 2022" and ISO "2022-06-02" are
 * accepted too) → epoch ms at UTC midnight of that day; anything else → undefined.
 */
export function parseConnectedOn(cell: string): number | undefined {
  const text = cell.trim();
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) {
    const month = MONTHS[(dmy[2] ?? '').toLowerCase()];
    if (month === undefined) return undefined;
    return utcDate(Number(dmy[3]), month, Number(dmy[1]));
  }
  const iso = ISO_DATE.exec(text);
  if (iso) return utcDate(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]));
  return undefined;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A plausible e-mail address (trimmed, ≤ 320 chars), else undefined. */
export function cleanEmail(cell: string): string | undefined {
  const text = cell.trim();
  return text.length <= 320 && EMAIL.test(text) ? text : undefined;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]+/g;
// eslint-disable-next-line no-control-regex
const NEEDS_CLEANING = /[\u0000-\u001f\u007f]|\s\s|^\s|\s$|[^ \S]/;

/** Trims, collapses inner whitespace, drops control characters, caps the length. */
export function cleanText(cell: string, max: number): string {
  // Most cells are already clean: one test instead of two replacements.
  if (!NEEDS_CLEANING.test(cell)) return capText(cell, max);
  return capText(cell.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim(), max);
}

/** At most `max` UTF-16 units, never ending on half of a surrogate pair. */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\ud800-\udbff]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return text.slice(0, end).trimEnd();
}
