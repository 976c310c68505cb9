import { describe, expect, it } from 'vitest';
import { followUpGroup, isWaitingOnThem } from '@/lib/domain/cadence/cadence';
import { at } from './cadence-fixtures';

describe('followUpGroup (rolling week, whole local days)', () => {
  const now = at('2026-03-25T15:00:00+01:00'); // Wednesday, the Sunday after is the DST change

  it.each([
    ['far in the past', '2025-01-01T00:00:00+01:00', 'overdue'],
    ['yesterday 23:59', '2026-03-24T23:59:00+01:00', 'overdue'],
    ['today 00:00', '2026-03-25T00:00:00+01:00', 'today'],
    ['earlier today', '2026-03-25T09:00:00+01:00', 'today'],
    ['later today', '2026-03-25T23:59:59+01:00', 'today'],
    // Issue 15: tomorrow is its own group (it was part of "this week").
    ['tomorrow 00:00', '2026-03-26T00:00:00+01:00', 'tomorrow'],
    ['tomorrow, last minute', '2026-03-26T23:59:00+01:00', 'tomorrow'],
    ['the day after tomorrow', '2026-03-27T00:00:00+01:00', 'this-week'],
    ['in 7 days, last minute (after the DST change)', '2026-04-01T23:59:00+02:00', 'this-week'],
    ['in 8 days', '2026-04-02T00:00:00+02:00', 'later'],
  ])('%s → %s', (_label, due, group) => {
    expect(followUpGroup(at(due), now, 'Europe/Paris')).toBe(group);
  });

  it('the day boundaries are the user’s zone’s', () => {
    const nowUtc = at('2026-03-25T23:30:00Z');
    const due = at('2026-03-25T22:00:00Z');
    expect(followUpGroup(due, nowUtc, 'Europe/Paris')).toBe('overdue'); // already 26 Mar in Paris
    expect(followUpGroup(due, nowUtc, 'America/New_York')).toBe('today'); // still 25 Mar in New York
  });

  it('on the fall-back day (25 hours long) today starts at local midnight', () => {
    const now = at('2026-10-25T20:00:00+01:00');
    expect(followUpGroup(at('2026-10-25T00:30:00+02:00'), now, 'Europe/Paris')).toBe('today');
    expect(followUpGroup(at('2026-10-24T23:30:00+02:00'), now, 'Europe/Paris')).toBe('overdue');
  });

  it('an invalid zone does not throw', () => {
    expect(['overdue', 'today']).toContain(
      followUpGroup(at('2026-03-25T10:00:00Z'), at('2026-03-25T12:00:00Z'), 'Nowhere/Land'),
    );
  });
});

describe('isWaitingOnThem', () => {
  const now = at('2026-03-25T15:00:00+01:00');
  it.each([
    ['follow-up', now + 1, true],
    ['follow-up', now, false],
    ['try-another-route', now + 1000, true],
    ['resend-with-note', now + 1000, true],
    ['move-on', now + 1000, true],
    ['send-request', now + 1000, false],
    ['keep-in-touch', now + 1000, false],
    ['send-thank-you', now + 1000, false],
  ])('%s due %d → %s', (kind, due, waiting) => {
    expect(isWaitingOnThem({ kind, due }, now)).toBe(waiting);
  });
});
