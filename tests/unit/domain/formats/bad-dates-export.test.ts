/**
 * A damaged stored date (1e16, written before dates were checked) leaves its
 * entry or cell out; the CSV and calendar exports never throw and never write
 * `DTSTART:0NaN…`.
 */
import { describe, expect, it } from 'vitest';
import { calendarEntries, followUpsToIcs, targetsToCsv } from '@/lib/domain/formats';
import { parseCsv } from '@/lib/domain/formats/csv/parse';
import type { Meeting, Person } from '@/lib/domain/model';

const NOW = Date.UTC(2025, 2, 13, 10);

const person = (id: string, due: number): Person => ({
  id,
  kind: 'target',
  stage: 'requested',
  name: `Person ${id}`,
  degree: '2nd',
  mutuals: [],
  notes: '',
  userEdited: [],
  createdAt: NOW,
  updatedAt: NOW,
  connectedOn: due,
  nextAction: { kind: 'follow-up', due, reason: { code: 'follow-up-first', params: [`Person ${id}`] } },
  nextActionAt: due,
});

const meeting = (id: string, at: number): Meeting => ({
  id,
  personId: 'ok',
  at,
  minutes: 20,
  mode: 'video',
  status: 'scheduled',
  questions: [],
  notes: '',
  referrals: [],
  createdAt: NOW,
  updatedAt: NOW,
});

describe('exports with a damaged date', () => {
  const people = [person('bad', 1e16), person('nan', Number.NaN), person('ok', NOW + 86_400_000)];

  it('the targets spreadsheet leaves the date cells empty and keeps every row', () => {
    const rows = parseCsv(targetsToCsv(people, { timeZone: 'Europe/Paris' })).map((r) => r.fields);
    expect(rows).toHaveLength(4);
    expect(rows[1]?.[8]).toBe('');
    expect(rows[1]?.[11]).toBe('');
    expect(rows[3]?.[8]).toBe('2025-03-14');
  });

  it('the calendar leaves such entries out and writes no NaN', () => {
    const entries = calendarEntries(people, [meeting('m-bad', 1e16), meeting('m-ok', NOW + 3_600_000)]);
    expect(entries.map((e) => e.uid)).toEqual(['follow-up-ok', 'meeting-m-ok']);
    const ics = followUpsToIcs([...entries, { uid: 'raw', kind: 'meeting', title: 'Raw', start: 1e16 }], NOW, {
      timeZone: 'Pacific/Auckland',
    });
    expect(ics).not.toMatch(/NaN/);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  });
});
