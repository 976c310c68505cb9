/**
 * Windows-1252 → text, by the WHATWG Encoding Standard's table. Written out
 * rather than `new TextDecoder('windows-1252')` because Node (since 20.18.3
 * and 22.13) decodes that label as Latin-1, turning 0x80–0x9F (€, ’, “, …)
 * into control characters (nodejs/node#60888); browsers are right, and this
 * module must be right in the CLI and tests too.
 */

/** Bytes 0x80–0x9F; every other byte is the code point of the same number. */
const HIGH_CONTROLS = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d,
  0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x009d, 0x017e, 0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  // Each byte becomes one UTF-16 code unit (little-endian), decoded in one go.
  const units = new Uint8Array(bytes.length * 2);
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    const unit = byte >= 0x80 && byte <= 0x9f ? HIGH_CONTROLS[byte - 0x80]! : byte;
    units[2 * i] = unit & 0xff;
    units[2 * i + 1] = unit >> 8;
  }
  return new TextDecoder('utf-16le').decode(units);
}
