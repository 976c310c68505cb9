import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, guessUtf16 } from '@/lib/domain/formats/text/decode';
import { decodeWindows1252 } from '@/lib/domain/formats/text/windows-1252';
import { concat, utf16, utf8, windows1252 } from './encoded-bytes';

const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n';
const ROW = 'José,Müller,,,Café Crème,Ingénieur,02 Jun 2022\r\n';

describe('decodeText', () => {
  it.each([
    ['UTF-8 without BOM', utf8(HEADER + ROW), 'utf-8', false],
    ['UTF-8 with BOM', utf8(HEADER + ROW, true), 'utf-8', true],
    ['UTF-16 LE with BOM', utf16(HEADER + ROW, 'le', true), 'utf-16le', true],
    ['UTF-16 LE without BOM', utf16(HEADER + ROW, 'le'), 'utf-16le', false],
    ['UTF-16 BE with BOM', utf16(HEADER + ROW, 'be', true), 'utf-16be', true],
    ['UTF-16 BE without BOM', utf16(HEADER + ROW, 'be'), 'utf-16be', false],
    ['Windows-1252 (Excel)', windows1252(HEADER + ROW), 'windows-1252', false],
  ])('%s: the same text, no BOM in it', (_name, bytes, encoding, bom) => {
    expect(decodeText(bytes)).toEqual({ text: HEADER + ROW, encoding, bom });
  });

  it('reads Windows-1252 punctuation Excel writes (€ ’ “ ” – —), not Latin-1 control characters', () => {
    const text = 'O’Brien,“Bo” Chen,Acme – R&D — 5 €,Š Œ Ÿ…';
    expect(decodeText(windows1252(text))).toMatchObject({ text, encoding: 'windows-1252' });
    expect(decodeWindows1252(Uint8Array.of(0x80, 0x81, 0x92, 0x9f, 0xa0, 0xe9, 0xff))).toBe('€\u0081’Ÿ\u00a0éÿ');
  });

  it('keeps UTF-8 with emoji and CJK as UTF-8 (never mistaken for UTF-16)', () => {
    const text = `${HEADER}张伟,👩🏽‍💻 Zoë,,,株式会社,エンジニア,02 Jun 2022\r\n`;
    expect(decodeText(utf8(text))).toMatchObject({ text, encoding: 'utf-8' });
  });

  it('decodes UTF-16 holding characters outside the BMP', () => {
    const text = `${HEADER}Ana,🎉 Silva,,,Acme,Eng,02 Jun 2022\r\n`;
    expect(decodeText(utf16(text, 'le')).text).toBe(text);
    expect(decodeText(utf16(text, 'be', true)).text).toBe(text);
  });

  it('round-trips a Connections.csv with any names, in every encoding (property)', () => {
    const name = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 });
    const row = fc.tuple(name, name).map(([first, last]) => `${first},${last},,,Acme,Engineer,02 Jun 2022\r\n`);
    fc.assert(
      fc.property(fc.array(row, { maxLength: 20 }), (rows) => {
        const text = HEADER + rows.join('');
        expect(decodeText(utf8(text)).text).toBe(text);
        expect(decodeText(utf8(text, true)).text).toBe(text);
        expect(decodeText(utf16(text, 'le')).text).toBe(text);
        expect(decodeText(utf16(text, 'be')).text).toBe(text);
        expect(decodeText(utf16(text, 'le', true)).text).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});

describe('guessUtf16', () => {
  it('needs NULs on one side of the byte pairs only', () => {
    expect(guessUtf16(utf16(HEADER, 'le'))).toBe('utf-16le');
    expect(guessUtf16(utf16(HEADER, 'be'))).toBe('utf-16be');
    expect(guessUtf16(utf8(HEADER))).toBeUndefined();
    // Binary with NULs everywhere (a zip, an image) is not UTF-16.
    expect(guessUtf16(concat(new Uint8Array(64), utf8(HEADER)))).toBeUndefined();
    expect(guessUtf16(Uint8Array.of(0x41))).toBeUndefined();
    // CJK text whose characters end in 00 (一 U+4E00) still reads as LE: its ASCII outweighs it.
    expect(guessUtf16(utf16(`${HEADER}一,丁,,,三,上,02 Jun 2022\r\n`, 'le'))).toBe('utf-16le');
  });
});
