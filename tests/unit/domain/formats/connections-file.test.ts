import { describe, expect, it } from 'vitest';
import {
  CONNECTIONS_FILE_MAX_BYTES,
  connectionsFileTooLarge,
  connectionsText,
} from '@/lib/domain/formats/connections/connections-file';
import { parseConnectionsCsv } from '@/lib/domain/formats/connections/connections-csv';
import { concat, utf16, utf8, windows1252, zipWith } from './encoded-bytes';

const CSV = [
  'Notes:',
  '"When exporting your connection data, you may notice that some of the email addresses are missing."',
  '',
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  'José,Müller,https://www.linkedin.com/in/jose-muller,,Société Générale,Ingénieur,02 Jun 2022',
  'Siobhán,O’Brien,,,Café “Noir”,Barista – Lead,03 Jun 2022',
  '',
].join('\r\n');

function refusal(bytes: Uint8Array): string {
  const result = connectionsText(bytes);
  if (result.ok) throw new Error('expected a refusal');
  expect(result.error.line).toBe(0);
  return result.error.message;
}

function namesOf(bytes: Uint8Array): string[] {
  const read = connectionsText(bytes);
  if (!read.ok) throw new Error(read.error.message);
  const parsed = parseConnectionsCsv(read.text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.rows.map((row) => row.name);
}

describe('connectionsText: a Connections.csv in any encoding', () => {
  it.each([
    ['UTF-8', utf8(CSV)],
    ['UTF-8 with BOM', utf8(CSV, true)],
    ['UTF-16 LE with BOM', utf16(CSV, 'le', true)],
    ['UTF-16 LE without BOM', utf16(CSV, 'le')],
    ['UTF-16 BE with BOM', utf16(CSV, 'be', true)],
    ['UTF-16 BE without BOM', utf16(CSV, 'be')],
    ['Windows-1252', windows1252(CSV)],
  ])('%s: the names come out right', (_name, bytes) => {
    expect(namesOf(bytes)).toEqual(['José Müller', 'Siobhán O’Brien']);
  });

  it('says when the file had to be read as Windows-1252, and only then', () => {
    const read = connectionsText(windows1252(CSV));
    expect(read).toMatchObject({ ok: true, encoding: 'windows-1252' });
    expect(read.ok && read.notice).toMatch(/not saved as UTF-8, so it was read as Windows-1252/);
    for (const bytes of [utf8(CSV), utf8(CSV, true), utf16(CSV, 'le'), utf16(CSV, 'be', true)]) {
      expect(connectionsText(bytes)).not.toHaveProperty('notice');
    }
  });
});

describe('connectionsText: files that are not text say what they are', () => {
  it('an Excel workbook (.xlsx)', () => {
    const xlsx = zipWith('[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml');
    expect(refusal(xlsx)).toBe(
      "This looks like a spreadsheet (.xlsx) — export it as CSV, or pick the Connections.csv from LinkedIn's download as it is.",
    );
  });

  it.each([
    ['.xls', concat([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], new Uint8Array(504))],
    ['.ods', zipWith('mimetypeapplication/vnd.oasis.opendocument.spreadsheet', 'content.xml')],
    ['.numbers', zipWith('Index/Document.iwa', 'Metadata/Properties.plist')],
  ])('a %s spreadsheet', (type, bytes) => {
    expect(refusal(bytes)).toMatch(new RegExp(`^This looks like a spreadsheet \\(\\${type}\\) — export it as CSV`));
  });

  it("a zip archive (LinkedIn's whole download): unzip it first", () => {
    expect(refusal(zipWith('Connections.csv', 'Profile.csv', 'messages.csv'))).toMatch(
      /^This is a zip archive, not a CSV file — .*unzip it and pick the Connections\.csv inside/,
    );
  });

  it.each([
    ['a PDF', concat('%PDF-1.7\n%âãÏÓ\n'), /^This is a PDF document/],
    [
      'a PNG',
      concat([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], new Uint8Array(64)),
      /^This is an image \(\.png\)/,
    ],
    ['a JPEG', concat([0xff, 0xd8, 0xff, 0xe0], new Uint8Array(64)), /^This is an image \(\.jpg\)/],
  ])('%s', (_name, bytes, message) => {
    expect(refusal(bytes)).toMatch(message);
  });

  it('unknown binary still reaches the binary check, which names its line', () => {
    const read = connectionsText(concat('First Name,Last Name\n', new Uint8Array([0, 1, 2, 3, 0, 0, 7, 8])));
    if (!read.ok) throw new Error(read.error.message);
    const parsed = parseConnectionsCsv(read.text);
    expect(parsed.ok === false && parsed.error.message).toMatch(/^Line 2: the file holds binary data/);
  });
});

describe('the size limit, in words', () => {
  it('refuses a file over 50 MB by its size alone', () => {
    expect(CONNECTIONS_FILE_MAX_BYTES).toBe(50_000_000);
    expect(connectionsFileTooLarge(50_000_000)).toBeNull();
    expect(connectionsFileTooLarge(700_000_000)).toEqual({
      line: 0,
      message:
        "The file is 700.0 MB, over 50 MB — LinkedIn's export is much smaller. Pick the Connections.csv from LinkedIn's download.",
    });
    expect(connectionsFileTooLarge(50_000_001)?.message).toMatch(/^The file is 50\.1 MB, over 50 MB/);
  });
});
