import { describe, expect, it } from 'vitest';
import { calendarEntries } from '@/lib/domain/formats/calendar/entries';
import type { Meeting, Person } from '@/lib/domain/model';

/** Real dates: stored dates lie within 1990-2200. */
const T = Date.UTC(2026, 11, 7, 9);

const base = () =>
  ({
    kind: 'target',
    degree: '2nd',
    mutuals: [],
    notes: '',
    userEdited: [],
    createdAt: 0,
    updatedAt: 0,
  }) satisfies Partial<Person>;
const ann: Person = {
  ...base(),
  id: 'p1',
  name: 'Ann Lee',
  company: 'Acme',
  profileUrl: 'https://www.linkedin.com/in/ann-lee/',
  nextAction: { kind: 'follow-up', due: T + 1_000, reason: { code: 'follow-up-first', params: ['Ann Lee'] } },
  snoozedUntil: T + 5_000,
};
const bo: Person = { ...base(), id: 'p2', name: 'Bo Chen' };
const meeting = (id: string, status: Meeting['status']): Meeting => ({
  id,
  personId: 'p2',
  at: T + 10_000,
  minutes: 20,
  mode: 'video',
  place: 'Zoom',
  status,
  questions: ['How did you get started?'],
  notes: '',
  referrals: [],
  createdAt: 0,
  updatedAt: 0,
});

describe('calendarEntries', () => {
  it('makes one all-day follow-up per person with a next action (after any snooze) and one entry per scheduled meeting', () => {
    expect(calendarEntries([ann, bo], [meeting('m1', 'scheduled'), meeting('m2', 'done')])).toEqual([
      {
        uid: 'follow-up-p1',
        kind: 'follow-up',
        title: 'Ann Lee: No answer from Ann Lee yet: send a short follow-up as a reply to your original message.',
        description: 'Ann Lee (Acme): No answer from Ann Lee yet: send a short follow-up as a reply to your original message.',
        start: T + 5_000,
        allDay: true,
        url: 'https://www.linkedin.com/in/ann-lee/',
      },
      {
        uid: 'meeting-m1',
        kind: 'meeting',
        title: 'Informational interview with Bo Chen',
        description: 'Video call — Zoom\nQuestions:\n- How did you get started?',
        start: T + 10_000,
        end: T + 10_000 + 20 * 60_000,
      },
    ]);
  });
});
