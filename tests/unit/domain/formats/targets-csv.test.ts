import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/lib/domain/formats/csv/parse';
import { csvCell, neutraliseFormula } from '@/lib/domain/formats/csv/write';
import { TARGETS_CSV_HEADER, targetsToCsv } from '@/lib/domain/formats/targets-csv';
import type { Person } from '@/lib/domain/model';

const ann: Person = {
  id: 'p1',
  kind: 'target',
  stage: 'requested',
  objective: { kind: 'role', detail: 'UX research, healthcare' },
  name: 'Ann "AJ" Lee',
  headline: 'Design lead',
  company: 'Acme, Inc',
  profileUrl: 'https://www.linkedin.com/in/ann-lee/',
  degree: '2nd',
  email: 'ann@example.org',
  phone: '+44 20 7946 0000',
  mutuals: [],
  notes: 'Met at the meetup.\nAsk about the research ops team.',
  userEdited: [],
  nextAction: { kind: 'follow-up', due: Date.UTC(2024, 5, 4, 23, 30), reason: { code: 'follow-up-first', params: ['Ann Lee'] } },
  connectedOn: Date.UTC(2022, 5, 2),
  createdAt: 0,
  updatedAt: 0,
};

const bo: Person = {
  id: 'p2',
  kind: 'candidate',
  name: 'Bo Chen',
  degree: 'unknown',
  mutuals: [],
  notes: '',
  userEdited: [],
  createdAt: 0,
  updatedAt: 0,
};

describe('targetsToCsv', () => {
  const csv = targetsToCsv([ann, bo], { timeZone: 'UTC' });

  it('starts with a UTF-8 BOM and ends every record with CRLF', () => {
    expect(csv.startsWith('\ufeffName,Profile URL,Headline,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '').includes('\r')).toBe(false);
  });

  it('reads back (RFC 4180) to the same cells', () => {
    const records = parseCsv(csv).map((r) => r.fields);
    expect(records[0]).toEqual([...TARGETS_CSV_HEADER]);
    expect(records[1]).toEqual([
      'Ann "AJ" Lee',
      'https://www.linkedin.com/in/ann-lee/',
      'Design lead',
      'Acme, Inc',
      '2nd',
      'requested',
      'role: UX research, healthcare',
      'No answer from Ann Lee yet: send a short follow-up as a reply to your original message.',
      '2024-06-04',
      'ann@example.org',
      "'+44 20 7946 0000",
      '2022-06-02',
      'Met at the meetup.\nAsk about the research ops team.',
    ]);
    expect(records[2]).toEqual(['Bo Chen', '', '', '', 'unknown', 'candidate', '', '', '', '', '', '', '']);
    expect(records).toHaveLength(3);
  });

  it('writes the next-action date in the given time zone', () => {
    const tokyo = parseCsv(targetsToCsv([ann], { timeZone: 'Asia/Tokyo' }))[1]?.fields[8];
    expect(tokyo).toBe('2024-06-05');
  });

  it.each([
    ['=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['safe = text', 'safe = text'],
    ['', ''],
  ])('neutralises formula cell %j', (cell, written) => {
    expect(csvCell(cell)).toBe(written);
  });

  it('neutralises page-derived names and notes in the export', () => {
    const evil: Person = { ...bo, name: '=cmd|" /C calc"!A0', notes: '@evil', headline: '-1' };
    const row = parseCsv(targetsToCsv([evil], { timeZone: 'UTC' }))[1]?.fields ?? [];
    for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(row[0]).toBe(`'=cmd|" /C calc"!A0`);
    expect(neutraliseFormula('plain')).toBe('plain');
  });
});
