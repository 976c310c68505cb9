/**
 * Writing CSV for spreadsheets: RFC 4180 quoting, CRLF record ends, a UTF-8
 * byte-order mark (so Excel reads UTF-8), and cells that a spreadsheet would
 * run as a formula neutralised with a leading apostrophe (OWASP "CSV
 * injection"): any cell starting with `=`, `+`, `-`, `@`, a tab or a CR.
 * The cost: a phone number "+44 …" shows as "'+44 …" — it stays readable.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export const UTF8_BOM = '\ufeff';
export const CSV_EOL = '\r\n';

/** Prefixes `'` to a cell a spreadsheet would treat as a formula. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
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
