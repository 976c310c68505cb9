import { describe, expect, it } from 'vitest';
import { CsvReader, parseCsv } from '@/lib/domain/formats/csv/parse';

const fields = (text: string) => parseCsv(text).map((record) => record.fields);
const lines = (text: string) => parseCsv(text).map((record) => record.line);

describe('parseCsv (RFC 4180)', () => {
  it.each([
    [
      'plain',
      'a,b,c\r\n1,2,3\r\n',
      [
        ['a', 'b', 'c'],
        ['1', '2', '3'],
      ],
    ],
    [
      'LF endings',
      'a,b\n1,2\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'lone CR endings',
      'a,b\r1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'no final newline',
      'a,b\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['empty fields', ',,\n', [['', '', '']]],
    ['trailing comma at end of text', 'a,', [['a', '']]],
    ['quoted comma', '"a,b",c', [['a,b', 'c']]],
    ['doubled quote', '"say ""hi""",x', [['say "hi"', 'x']]],
    [
      'quoted CRLF',
      '"line1\r\nline2",x\r\ny,z',
      [
        ['line1\r\nline2', 'x'],
        ['y', 'z'],
      ],
    ],
    ['empty quoted', '"",x', [['', 'x']]],
    ['quote inside unquoted field kept literally', 'a"b,c', [['a"b', 'c']]],
    ['BOM stripped', '\ufeffa,b', [['a', 'b']]],
    ['blank line is one empty field', 'a\n\nb', [['a'], [''], ['b']]],
    ['non-Latin text', '张伟,Ærøskøbing,محمد', [['张伟', 'Ærøskøbing', 'محمد']]],
  ])('%s', (_name, text, expected) => {
    expect(fields(text)).toEqual(expected);
  });

  it('numbers records by the physical line they start on, counting quoted newlines', () => {
    expect(lines('a\n"x\ny\nz",b\nc\r\n"p\r\nq"\nr')).toEqual([1, 2, 5, 6, 8]);
  });

  it('flags text after a closing quote but keeps reading the next record', () => {
    const records = parseCsv('"abc"def,g\nh,i');
    expect(records[0]?.fields).toEqual(['abcdef', 'g']);
    expect(records[0]?.problem).toMatch(/closing quote/);
    expect(records[0]?.fatal).toBeUndefined();
    expect(records[1]?.fields).toEqual(['h', 'i']);
  });

  it('reports an unterminated quote as fatal with the line it opened on', () => {
    const records = parseCsv('a,b\nc,"never closed\nmore\nlines');
    expect(records).toHaveLength(2);
    expect(records[1]?.fatal).toBe(true);
    expect(records[1]?.problem).toMatch(/line 2/);
  });

  it('reads lazily, one record at a time', () => {
    const reader = new CsvReader('a\nb\nc');
    expect(reader.next()?.fields).toEqual(['a']);
    expect(reader.next()?.fields).toEqual(['b']);
    expect(reader.next()?.fields).toEqual(['c']);
    expect(reader.next()).toBeNull();
  });
});
