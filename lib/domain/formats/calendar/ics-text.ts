/** RFC 5545 text primitives: TEXT escaping, content-line folding, date-time forms. */
import type { DayParts } from './date';

/** Folded lines are at most this many octets, CRLF excluded (RFC 5545 §3.1). */
export const ICS_LINE_OCTETS = 75;

/**
 * A TEXT value (§3.3.11): backslash, semicolon and comma escaped, every line
 * break written as `\n`; other control characters (not allowed in TEXT) dropped.
 */
export function escapeIcsText(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
  );
}

function utf8Octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Splits a content line into lines of at most 75 UTF-8 octets; every line after
 * the first starts with a space. Splits fall between code points, never inside
 * a multi-byte character.
 */
export function foldIcsLine(line: string): string[] {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Octets(char.codePointAt(0) ?? 0);
    if (octets + size > ICS_LINE_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `20240530T141500Z` (UTC). */
export function icsUtc(ms: number): string {
  const d = new Date(ms);
  return (
    `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`
  );
}

/** `20240530` (a DATE value). */
export function icsDate({ year, month, day }: DayParts): string {
  return `${pad(year, 4)}${pad(month)}${pad(day)}`;
}

/** A URI value for the URL property: http(s) or mailto only, else undefined. */
export function icsUri(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    if (!['http:', 'https:', 'mailto:'].includes(parsed.protocol)) return undefined;
    return parsed.href;
  } catch {
    return undefined;
  }
}
