/**
 * What a file that is not text is, from its first bytes ("magic numbers"),
 * so a refusal can say what the user picked instead of "binary data".
 * Only kinds a user could plausibly pick instead of a CSV are named.
 */

export type FileKind =
  | { kind: 'spreadsheet'; type: '.xlsx' | '.xls' | '.ods' | '.numbers' }
  | { kind: 'zip' }
  | { kind: 'pdf' }
  | { kind: 'image'; type: '.png' | '.jpg' | '.gif' | '.webp' };

/** How far into a zip its entry names are looked for (the first entries come first). */
const ZIP_NAMES_BYTES = 65_536;

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  return prefix.every((byte, i) => bytes[at + i] === byte);
}

const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));

/** Whether the ASCII `needle` occurs in the first `limit` bytes. */
function contains(bytes: Uint8Array, needle: string, limit: number): boolean {
  const pattern = ascii(needle);
  const end = Math.min(bytes.length, limit) - pattern.length;
  for (let i = 0; i <= end; i++) {
    if (bytes[i] === pattern[0] && startsWith(bytes, pattern, i)) return true;
  }
  return false;
}

/** A zip archive: an Office Open XML or OpenDocument spreadsheet, Numbers, or any other archive. */
function zipKind(bytes: Uint8Array): FileKind {
  const has = (name: string) => contains(bytes, name, ZIP_NAMES_BYTES);
  if (has('xl/')) return { kind: 'spreadsheet', type: '.xlsx' };
  if (has('application/vnd.oasis.opendocument.spreadsheet')) return { kind: 'spreadsheet', type: '.ods' };
  if (has('Index/Document.iwa')) return { kind: 'spreadsheet', type: '.numbers' };
  return { kind: 'zip' };
}

/** The kind of a known non-text file, or undefined (text, or something not recognised). */
export function sniffFileKind(bytes: Uint8Array): FileKind | undefined {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return zipKind(bytes);
  }
  // An OLE compound file: Excel 97–2003 (.xls) in this context.
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { kind: 'spreadsheet', type: '.xls' };
  if (startsWith(bytes, ascii('%PDF-'))) return { kind: 'pdf' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: 'image', type: '.png' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { kind: 'image', type: '.jpg' };
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return { kind: 'image', type: '.gif' };
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return { kind: 'image', type: '.webp' };
  return undefined;
}
