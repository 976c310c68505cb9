import { describe, expect, it } from 'vitest';
import { CONNECTIONS_CSV_MAX_CHARS, parseConnectionsCsv } from '@/lib/domain/formats/connections/connections-csv';

function errorOf(text: string): { line: number; message: string } {
  const result = parseConnectionsCsv(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

/** Deterministic pseudo-random bytes (xorshift), decoded as UTF-8 like a file picker would. */
function junk(size: number, seed: number): string {
  const bytes = new Uint8Array(size);
  let x = seed;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return new TextDecoder().decode(bytes);
}

const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';

describe('parseConnectionsCsv refuses files that are not a Connections export', () => {
  it('wrong columns: names line 1', () => {
    const error = errorOf('Name,Email,Phone\nAnn,a@b.c,123\n');
    expect(error.line).toBe(1);
    expect(error.message).toMatch(
      /^Line 1: no header row naming First Name, Last Name, Company, Position, Connected On/,
    );
  });

  it('a header missing required columns: names its line and the columns', () => {
    const error = errorOf('Notes:\n"blah"\n\nFirst Name,Last Name,Email Address\nA,B,\n');
    expect(error).toEqual({
      line: 4,
      message: expect.stringMatching(/^Line 4: the header lacks the columns Company, Position, Connected On/),
    });
  });

  it('a 50 MB string: refused at once as too large (whole file: line 0)', () => {
    const big = `${HEADER}\n${'Ann,Lee,,,C,P,02 Jun 2022\n'.repeat(2_000_000)}`;
    expect(big.length).toBeGreaterThan(50_000_000);
    // Refused before any row is read: the size error names the whole file (line 0), not a row.
    const error = errorOf(big);
    expect(error.line).toBe(0);
    expect(error.message).toMatch(/too large \(52\.0 MB; the limit is 20 MB\)/);
    expect(CONNECTIONS_CSV_MAX_CHARS).toBe(20_000_000);
  });

  it.each([1, 7, 42, 2024])('binary junk (random bytes, seed %i): refused as binary', (seed) => {
    const error = errorOf(junk(100_000, seed));
    expect(error.message).toMatch(/^Line \d+: the file holds binary data/);
    expect(error.line).toBeGreaterThanOrEqual(1);
  });

  it('a NUL byte after a valid start: names the line it is on', () => {
    const error = errorOf(`${HEADER}\nA,B,,,C,P,02 Jun 2022\nC,D\u0000,,,C,P,02 Jun 2022\n`);
    expect(error.line).toBe(3);
  });

  it('an HTML page (e.g. a saved LinkedIn page): names the line the markup starts on', () => {
    const error = errorOf(
      '\n\n<!DOCTYPE html><html><head><title>LinkedIn</title></head><body>First Name</body></html>',
    );
    expect(error).toEqual({ line: 3, message: expect.stringMatching(/^Line 3: this is a web page \(HTML\)/) });
  });

  it('a JSON file (e.g. a backup picked by mistake)', () => {
    expect(errorOf('{"format":"inroads-backup"}').message).toMatch(/JSON file/);
  });

  it.each(['', '\ufeff', ' \r\n\r\n\t'])('an empty file %j', (text) => {
    expect(errorOf(text)).toEqual({ line: 0, message: 'The file is empty.' });
  });

  it('an unterminated quote mid-file: names the line it opened on', () => {
    const error = errorOf(`${HEADER}\nA,B,,,C,P,02 Jun 2022\nA,"B,,,C,P,02 Jun 2022\nD,E,,,F,G,02 Jun 2022\n`);
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/^Line 3: a quoted field opened on line 3 is never closed/);
  });

  it('prose without commas: names the first line', () => {
    expect(errorOf('\n\nDear diary,\ntoday I exported my data.').line).toBe(3);
  });

  it('a header buried after more than 20 lines is not looked for', () => {
    expect(errorOf(`${'x\n'.repeat(25)}${HEADER}\n`).line).toBe(1);
  });
});

describe('parseConnectionsCsv speed', () => {
  // Speed: importConnections30kMs in `npm run bench`; tests never assert on wall-clock time.
  it('reads 30,000 rows', { timeout: 30_000 }, () => {
    const lines = ['Notes:', '"When exporting your connection data, you may notice…"', '', HEADER];
    for (let i = 0; i < 30_000; i++) {
      lines.push(
        `Name${i},"Last, ${i}",https://www.linkedin.com/in/person-${i},,"Company ${i % 500}, Inc",Engineer,0${(i % 9) + 1} Jun 2022`,
      );
    }
    const text = lines.join('\r\n');
    const result = parseConnectionsCsv(text);
    expect(result.ok && result.rows.length).toBe(30_000);
  });
});
