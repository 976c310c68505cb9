/**
 * What a backup file may be, checked before the costly steps: its size before
 * it is read, its nesting before JSON.parse (a file of 100,000 nested arrays
 * would otherwise end in the engine's "Maximum call stack size exceeded").
 */
import { t } from '@/lib/domain/i18n';
import { megabytesUp } from '@/lib/domain/formats/file-size';

/**
 * 500 MB: twenty times a backup of 30,000 people and 50,000 touches (about
 * 25 MB), and under the longest string a browser holds (Chrome: about 512 MiB).
 */
export const BACKUP_FILE_MAX_BYTES = 500_000_000;

/** Arrays and objects inside each other: a backup has about 6 levels; 64 leaves room for settings to grow. */
export const BACKUP_MAX_DEPTH = 64;

/** A refusal for a file of `size` bytes over the limit, else null (a File's size, before reading it). */
export function backupFileTooLarge(size: number): string | null {
  if (size <= BACKUP_FILE_MAX_BYTES) return null;
  return t('restoreErrorFileTooLarge', [megabytesUp(size), BACKUP_FILE_MAX_BYTES / 1_000_000]);
}

export function tooDeepMessage(limit = BACKUP_MAX_DEPTH): string {
  return t('restoreErrorTooDeep', limit);
}

const QUOTE = 34;
const BACKSLASH = 92;

/** The index of the quote closing a JSON string whose text starts at `from`, or -1. */
function closingQuote(text: string, from: number): number {
  for (let at = from; ; ) {
    const quote = text.indexOf('"', at);
    if (quote < 0) return -1;
    let backslashes = 0;
    for (let j = quote - 1; j >= at && text.charCodeAt(j) === BACKSLASH; j--) backslashes++;
    if (backslashes % 2 === 0) return quote;
    at = quote + 1;
  }
}

/**
 * The index where JSON `text` first nests arrays/objects more than `limit`
 * deep, or -1. Brackets inside strings do not count; the text need not be
 * valid JSON (JSON.parse reports what else is wrong).
 */
export function excessiveNesting(text: string, limit: number): number {
  let depth = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      i = closingQuote(text, i + 1);
      if (i < 0) return -1;
    } else if (c === 91 || c === 123) {
      if (++depth > limit) return i;
    } else if (c === 93 || c === 125) {
      depth--;
    }
  }
  return -1;
}
