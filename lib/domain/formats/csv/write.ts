/**
 * Writing CSV for spreadsheets: RFC 4180 quoting, CRLF record ends, a UTF-8
 * byte-order mark (so Excel reads UTF-8), and cells that a spreadsheet would
 * run as a formula neutralised with a leading apostrophe (OWASP "CSV
 * injection"): any cell starting with `=`, `+`, `-`, `@`, a tab or a CR —
 * also after leading whitespace or invisible characters (spaces, NBSP, BOM,
 * zero-width space and the like), and in the forms NFKC folds to those
 * (full-width ＝ ＋ － ＠, small ﹦ ﹢ ﹣ ﹫, super- and subscript ⁺ ⁼ ₊ ₌).
 * The cost: a phone number "+44 …" shows as "'+44 …" — it stays readable.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
/** Whitespace, controls, format characters (U+200B, U+FEFF, bidi marks…) and anything else Unicode says to render invisibly. */
const LEADING_INVISIBLE = /^[\s\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]+/u;
/** Enough of a cell to NFKC-normalise its first character with the marks that follow it. */
const FOLD_PREFIX = 64;
const NEEDS_QUOTES = /[",\r\n]/;

export const UTF8_BOM = '\ufeff';
export const CSV_EOL = '\r\n';

/** Whether a spreadsheet could read `cell` as a formula (see above). */
export function looksLikeFormula(cell: string): boolean {
  if (FORMULA_START.test(cell)) return true;
  // The common case, a visible ASCII character first: nothing to strip or fold.
  const first = cell.charCodeAt(0);
  if ((first > 0x20 && first < 0x7f) || cell === '') return false;
  const visible = cell.replace(LEADING_INVISIBLE, '');
  if (FORMULA_START.test(visible)) return true;
  return FORMULA_START.test(visible.slice(0, FOLD_PREFIX).normalize('NFKC').replace(LEADING_INVISIBLE, ''));
}

/** Prefixes `'` to a cell a spreadsheet would treat as a formula. */
export function neutraliseFormula(cell: string): string {
  return looksLikeFormula(cell) ? `'${cell}` : cell;
}

/** One cell, neutralised, then quoted when it holds a quote, comma or line break. */
export function csvCell(value: string | number | undefined | null): string {
  if (value === undefined || value === null) return '';
  const cell = neutraliseFormula(String(value));
  return NEEDS_QUOTES.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** A whole file: BOM, header, rows, each record ended by CRLF. */
export function csvDocument(
  header: readonly string[],
  rows: readonly (readonly (string | number | undefined)[])[],
): string {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return UTF8_BOM + lines.join(CSV_EOL) + CSV_EOL;
}
