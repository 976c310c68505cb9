/**
 * Files as a user's tools write them, built from bytes in the test (no
 * fixture files): UTF-8 with or without BOM, UTF-16 LE/BE with or without
 * BOM, Windows-1252 (Excel's "CSV" on Windows), zip-based spreadsheets, and
 * a File stand-in of any size that allocates nothing.
 */

export function utf8(text: string, bom = false): Uint8Array<ArrayBuffer> {
  const body = new TextEncoder().encode(text);
  return bom ? concat([0xef, 0xbb, 0xbf], body) : body;
}

export function utf16(text: string, order: 'le' | 'be', bom = false): Uint8Array<ArrayBuffer> {
  const units = (bom ? '\ufeff' : '') + text;
  const bytes = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const unit = units.charCodeAt(i);
    const [first, second] = order === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff];
    bytes[2 * i] = first;
    bytes[2 * i + 1] = second;
  }
  return bytes;
}

/** The Windows-1252 characters above 0x7f that are not Latin-1's (the ones used here). */
const CP1252_HIGH: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  '„': 0x84,
  '…': 0x85,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '–': 0x96,
  '—': 0x97,
  Š: 0x8a,
  Œ: 0x8c,
  š: 0x9a,
  Ÿ: 0x9f,
};

export function windows1252(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(text, (char) => {
    const code = char.charCodeAt(0);
    const byte = CP1252_HIGH[char] ?? (code <= 0xff && (code < 0x80 || code > 0x9f) ? code : undefined);
    if (byte === undefined) throw new Error(`not in Windows-1252: ${char}`);
    return byte;
  });
}

export function concat(...parts: (ArrayLike<number> | string)[]): Uint8Array<ArrayBuffer> {
  const arrays = parts.map((part) =>
    typeof part === 'string' ? new TextEncoder().encode(part) : Uint8Array.from(part),
  );
  const out = new Uint8Array(arrays.reduce((sum, a) => sum + a.length, 0));
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out;
}

/** A zip archive's first local file headers (what a sniffer sees), one per entry name. */
export function zipWith(...names: string[]): Uint8Array<ArrayBuffer> {
  const entry = (name: string) =>
    concat([0x50, 0x4b, 0x03, 0x04], new Uint8Array(22), [name.length, 0, 0, 0], name, 'xxxxxxxx');
  return concat(...names.map(entry));
}

/** A File stand-in of `size` bytes: reading it throws, so a test proves it was refused unread. */
export function hugeFile(size: number, name = 'Connections.csv') {
  const unread = () => Promise.reject(new Error('the file was read'));
  return { name, size, type: 'text/csv', arrayBuffer: unread, text: unread, slice: () => unread(), stream: unread };
}
