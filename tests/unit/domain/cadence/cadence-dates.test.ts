import { describe, expect, it } from 'vitest';
import { computeNextAction, followUpDate, startOfZonedDay } from '@/lib/domain/cadence/cadence';
import { HOUR, at, input, iso, settings, touch } from './cadence-fixtures';

/** Due date of the follow-up after one request sent at `sent`, in `timeZone`. */
function followUpAfter(sent: number, timeZone: string): number {
  const action = computeNextAction(
    input({ touches: [touch('request', sent)], settings: settings({ timeZone }), now: sent + HOUR }),
  );
  expect(action?.kind).toBe('follow-up');
  return action!.due;
}

describe('month and year ends', () => {
  it.each([
    ['Wed 28 Jan → Wed 4 Feb', '2026-01-28T09:00:00+01:00', '2026-02-04T09:00:00+01:00'],
    ['Sat 31 Jan → Sat 7 Feb → Tue 10 Feb', '2026-01-31T09:00:00+01:00', '2026-02-10T09:00:00+01:00'],
    ['Tue 24 Feb → Tue 3 Mar (not a leap year)', '2026-02-24T09:00:00+01:00', '2026-03-03T09:00:00+01:00'],
    ['Thu 30 Apr → Thu 7 May', '2026-04-30T09:00:00+02:00', '2026-05-07T09:00:00+02:00'],
    ['Mon 28 Dec → Mon 4 Jan → Tue 5 Jan 2027', '2026-12-28T09:00:00+01:00', '2027-01-05T09:00:00+01:00'],
    ['Thu 31 Dec → Thu 7 Jan 2027', '2026-12-31T23:30:00+01:00', '2027-01-07T23:30:00+01:00'],
  ])('%s', (_label, sent, expected) => {
    expect(iso(followUpAfter(at(sent), 'Europe/Paris'))).toBe(iso(at(expected)));
  });
});

describe('daylight-saving changes keep the local time of day', () => {
  it.each([
    ['Paris, spring forward Sun 29 Mar', 'Europe/Paris', '2026-03-24T10:00:00+01:00', '2026-03-31T10:00:00+02:00'],
    ['Paris, fall back Sun 25 Oct', 'Europe/Paris', '2026-10-20T10:00:00+02:00', '2026-10-27T10:00:00+01:00'],
    [
      'New York, spring forward Sun 8 Mar',
      'America/New_York',
      '2026-03-03T09:00:00-05:00',
      '2026-03-10T09:00:00-04:00',
    ],
    ['New York, fall back Sun 1 Nov', 'America/New_York', '2026-10-27T09:00:00-04:00', '2026-11-03T09:00:00-05:00'],
    [
      'Paris, Friday before the change moves to the Tuesday after',
      'Europe/Paris',
      '2026-03-20T18:00:00+01:00',
      '2026-03-31T18:00:00+02:00',
    ],
  ])('%s', (_label, zone, sent, expected) => {
    const due = followUpAfter(at(sent), zone);
    expect(iso(due)).toBe(iso(at(expected)));
    // Whole days give or take the hour the clocks moved: never a plain multiple of 24 h.
    expect([HOUR, 23 * HOUR]).toContain((due - at(sent)) % (24 * HOUR));
  });

  it('start of day on the change days', () => {
    expect(iso(startOfZonedDay(at('2026-03-29T12:00:00+02:00'), 'Europe/Paris'))).toBe('2026-03-28T23:00:00.000Z');
    expect(iso(startOfZonedDay(at('2026-10-25T12:00:00+01:00'), 'Europe/Paris'))).toBe('2026-10-24T22:00:00.000Z');
    expect(iso(startOfZonedDay(at('2026-03-08T12:00:00-04:00'), 'America/New_York'))).toBe('2026-03-08T05:00:00.000Z');
    expect(iso(startOfZonedDay(at('2026-11-02T12:00:00-05:00'), 'America/New_York', -1))).toBe(
      '2026-11-01T04:00:00.000Z',
    );
  });

  it('start of a day whose midnight does not exist (Santiago, 6 Sep 2026) is the end of the gap', () => {
    expect(iso(startOfZonedDay(at('2026-09-06T12:00:00-03:00'), 'America/Santiago'))).toBe('2026-09-06T04:00:00.000Z');
  });
});

describe('time zones: a request sent late Friday evening', () => {
  it('in Tokyo (still Friday there, Friday morning in Los Angeles)', () => {
    const sent = at('2026-03-06T23:30:00+09:00');
    expect(iso(followUpAfter(sent, 'Asia/Tokyo'))).toBe(iso(at('2026-03-17T23:30:00+09:00')));
    // Same instant seen from Los Angeles: Friday 06:30, and US clocks move on 8 Mar.
    expect(iso(followUpAfter(sent, 'America/Los_Angeles'))).toBe(iso(at('2026-03-17T06:30:00-07:00')));
  });

  it('in Los Angeles (already Saturday afternoon in Tokyo)', () => {
    const sent = at('2026-03-06T22:00:00-08:00');
    expect(iso(followUpAfter(sent, 'America/Los_Angeles'))).toBe(iso(at('2026-03-17T22:00:00-07:00')));
    expect(iso(followUpAfter(sent, 'Asia/Tokyo'))).toBe(iso(at('2026-03-17T15:00:00+09:00')));
  });

  it('an empty or unknown zone falls back to the runtime zone without throwing', () => {
    const sent = at('2026-03-03T10:00:00Z');
    for (const timeZone of ['', 'Not/A_Zone']) {
      const due = followUpDate(sent, settings({ timeZone }));
      expect(Number.isFinite(due)).toBe(true);
      expect(due - sent).toBeGreaterThanOrEqual(7 * 24 * HOUR - HOUR);
      expect(due - sent).toBeLessThanOrEqual(11 * 24 * HOUR + HOUR);
    }
  });
});
