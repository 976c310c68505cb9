/**
 * Bytes of a text file → text, in whatever encoding the user's tools wrote.
 *
 * 1. A byte-order mark decides: UTF-8 (EF BB BF), UTF-16 LE (FF FE) or BE (FE FF).
 * 2. Without one, UTF-16 shows as NUL bytes on one side of each byte pair
 *    (the ASCII of a CSV header: "F\0i\0r\0…" in LE, "\0F\0i…" in BE).
 * 3. Otherwise UTF-8, if the bytes are valid UTF-8.
 * 4. Otherwise Windows-1252 (what Excel on Windows saves as "CSV" in the
 *    West): every byte is a character there, so the caller should say so.
 *
 * TextDecoder is in every runtime (browsers, Node, workers) and reads the
 * Unicode encodings; Windows-1252 has its own table (windows-1252.ts).
 */

import { decodeWindows1252 } from './windows-1252';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** True when a byte-order mark named the encoding (it is not part of `text`). */
  bom: boolean;
}

/** How many leading bytes the UTF-16 guess looks at. */
const SNIFF_BYTES = 4096;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/**
 * 'utf-16le' / 'utf-16be' when NUL bytes sit mostly on one side of the byte
 * pairs: on at least 30% of that side, and over twice as many as on the other
 * (where characters such as U+4E00 or U+0100 put theirs), else undefined.
 */
export function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const end = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  const pairs = end / 2;
  if (pairs < 2) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < end; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  if (oddNul >= pairs * 0.3 && oddNul > evenNul * 2) return 'utf-16le';
  if (evenNul >= pairs * 0.3 && evenNul > oddNul * 2) return 'utf-16be';
  return undefined;
}

function decode(encoding: Exclude<TextEncodingName, 'windows-1252'>, bytes: Uint8Array, fatal = false): string {
  // ignoreBOM: false (the default) drops a leading mark of the encoding itself.
  return new TextDecoder(encoding, { fatal }).decode(bytes);
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: decode('utf-8', bytes), encoding: 'utf-8', bom: true };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: decode('utf-16le', bytes), encoding: 'utf-16le', bom: true };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: decode('utf-16be', bytes), encoding: 'utf-16be', bom: true };
  const utf16 = guessUtf16(bytes);
  if (utf16) return { text: decode(utf16, bytes), encoding: utf16, bom: false };
  try {
    return { text: decode('utf-8', bytes, true), encoding: 'utf-8', bom: false };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252', bom: false };
  }
}
