import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addZonedDays,
  isValidTimeZone,
  nextPreferredDay,
  wallClockIn,
  weekdayIn,
} from '@/lib/domain/cadence/calling-days';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const TUE_WED_THU = [2, 3, 4];
const utc = (iso: string) => Date.parse(iso);

/** An independent weekday reading (Intl short names) to check against. */
const NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
function intlWeekday(at: number, timeZone: string): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short' }).format(at);
  return NAMES.indexOf(name);
}
function clock(at: number, timeZone?: string): string {
  const w = wallClockIn(at, timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${w.year}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}`;
}

describe('nextPreferredDay basics', () => {
  it('returns from unchanged when there are no preferred days', () => {
    const from = utc('2024-11-29T10:00:00Z');
    expect(nextPreferredDay(from, [], 'UTC')).toBe(from);
    expect(nextPreferredDay(from, [], undefined)).toBe(from);
    expect(nextPreferredDay(from, [9, -1, 2.5], 'UTC')).toBe(from);
  });

  it('returns from itself when it already falls on a preferred day', () => {
    const tuesday = utc('2024-12-03T15:42:13.250Z');
    expect(nextPreferredDay(tuesday, TUE_WED_THU, 'UTC')).toBe(tuesday);
  });

  it('moves a Friday to the next Tuesday at the same time, across a month end', () => {
    const friday = utc('2024-11-29T10:00:00Z');
    expect(nextPreferredDay(friday, TUE_WED_THU, 'UTC')).toBe(utc('2024-12-03T10:00:00Z'));
  });

  it('crosses a year end', () => {
    const friday = utc('2024-12-27T09:15:00Z');
    expect(nextPreferredDay(friday, [3], 'UTC')).toBe(utc('2025-01-01T09:15:00Z'));
    expect(nextPreferredDay(friday, TUE_WED_THU, 'UTC')).toBe(utc('2024-12-31T09:15:00Z'));
  });

  it('handles a leap day and the end of February', () => {
    const tuesday = utc('2024-02-27T08:00:00Z');
    expect(nextPreferredDay(tuesday + DAY, [4], 'UTC')).toBe(utc('2024-02-29T08:00:00Z'));
    expect(nextPreferredDay(utc('2023-02-28T08:00:00Z'), [3], 'UTC')).toBe(utc('2023-03-01T08:00:00Z'));
  });

  it('finds a day a full week minus one ahead', () => {
    const wednesday = utc('2024-12-04T12:00:00Z');
    expect(nextPreferredDay(wednesday, [2], 'UTC')).toBe(utc('2024-12-10T12:00:00Z'));
  });
});

describe('nextPreferredDay across DST changes', () => {
  it('Europe/Paris spring forward keeps 09:00 local (4 days minus one hour later)', () => {
    const friday = utc('2024-03-29T08:00:00Z'); // 09:00 CET
    const result = nextPreferredDay(friday, [2], 'Europe/Paris');
    expect(result).toBe(utc('2024-04-02T07:00:00Z')); // 09:00 CEST
    expect(clock(result, 'Europe/Paris')).toBe('2024-04-02 09:00');
  });

  it('Europe/Paris fall back keeps 09:00 local', () => {
    const friday = utc('2024-10-25T07:00:00Z'); // 09:00 CEST
    const result = nextPreferredDay(friday, TUE_WED_THU, 'Europe/Paris');
    expect(result).toBe(utc('2024-10-29T08:00:00Z')); // 09:00 CET
  });

  it('America/New_York spring forward and fall back keep 09:00 local', () => {
    expect(nextPreferredDay(utc('2024-03-08T14:00:00Z'), [2], 'America/New_York')).toBe(utc('2024-03-12T13:00:00Z'));
    expect(nextPreferredDay(utc('2024-11-01T13:00:00Z'), [2], 'America/New_York')).toBe(utc('2024-11-05T14:00:00Z'));
  });

  it('a time that does not exist on the target day moves forward by the gap', () => {
    const saturday = utc('2024-03-30T01:30:00Z'); // 02:30 CET
    const result = nextPreferredDay(saturday, [0], 'Europe/Paris');
    expect(clock(result, 'Europe/Paris')).toBe('2024-03-31 03:30');
    expect(result).toBeGreaterThan(saturday);
  });

  it('a time that happens twice on the target day takes the first occurrence', () => {
    const saturday = utc('2024-10-26T00:30:00Z'); // 02:30 CEST
    const result = nextPreferredDay(saturday, [0], 'Europe/Paris');
    expect(result).toBe(utc('2024-10-27T00:30:00Z')); // 02:30 CEST, not 02:30 CET
    const ny = nextPreferredDay(utc('2024-11-02T05:30:00Z'), [0], 'America/New_York'); // Sat 01:30 EDT
    expect(ny).toBe(utc('2024-11-03T05:30:00Z')); // Sun 01:30 EDT (first of two)
  });

  it('from inside the repeated hour stays put when that day is preferred', () => {
    const secondTime = utc('2024-10-27T01:30:00Z'); // Sunday 02:30 CET, the second 02:30
    expect(nextPreferredDay(secondTime, [0], 'Europe/Paris')).toBe(secondTime);
  });
});

describe('nextPreferredDay in different zones', () => {
  const lateTuesdayUtc = utc('2024-12-03T23:30:00Z'); // Wed 00:30 Paris, Tue 18:30 New York

  it('reads the weekday in the given zone', () => {
    expect(weekdayIn(lateTuesdayUtc, 'UTC')).toBe(2);
    expect(weekdayIn(lateTuesdayUtc, 'Europe/Paris')).toBe(3);
    expect(weekdayIn(lateTuesdayUtc, 'America/New_York')).toBe(2);
    expect(weekdayIn(lateTuesdayUtc, 'Asia/Kolkata')).toBe(3);
  });

  it('gives different answers for the same instant in different zones', () => {
    expect(nextPreferredDay(lateTuesdayUtc, [3], 'UTC')).toBe(utc('2024-12-04T23:30:00Z'));
    expect(nextPreferredDay(lateTuesdayUtc, [3], 'Europe/Paris')).toBe(lateTuesdayUtc);
    expect(nextPreferredDay(lateTuesdayUtc, [3], 'America/New_York')).toBe(utc('2024-12-04T23:30:00Z'));
    expect(nextPreferredDay(lateTuesdayUtc, [2], 'Europe/Paris')).toBe(utc('2024-12-09T23:30:00Z'));
  });

  it('handles half-hour and far-east zones', () => {
    // Kolkata is UTC+05:30: Wed 05:00 local; next Tuesday 05:00 local.
    expect(nextPreferredDay(lateTuesdayUtc, [2], 'Asia/Kolkata')).toBe(utc('2024-12-09T23:30:00Z'));
    // Kiritimati is UTC+14: Wed 13:30 local.
    expect(weekdayIn(lateTuesdayUtc, 'Pacific/Kiritimati')).toBe(3);
  });

  it('validates zone names and treats an invalid or empty zone as the local zone', () => {
    expect(isValidTimeZone('Europe/Paris')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    const from = utc('2024-11-29T10:00:00Z');
    const local = nextPreferredDay(from, TUE_WED_THU);
    expect(nextPreferredDay(from, TUE_WED_THU, 'Mars/Olympus')).toBe(local);
    expect(nextPreferredDay(from, TUE_WED_THU, '')).toBe(local);
  });
});

describe('the runtime local zone (date-fns path)', () => {
  const savedTz = process.env.TZ;
  afterEach(() => {
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  });

  it.each(['Europe/Paris', 'America/New_York'])('agrees with the named zone %s', (zone) => {
    process.env.TZ = zone;
    const starts = [
      '2024-03-29T08:00:00Z',
      '2024-10-25T07:00:00Z',
      '2024-03-08T14:00:00Z',
      '2024-11-01T13:00:00Z',
      '2024-12-27T09:15:00Z',
      '2024-12-03T23:30:00Z',
    ];
    for (const iso of starts) {
      for (const days of [[2], [0], TUE_WED_THU, [5, 6]]) {
        expect(nextPreferredDay(utc(iso), days)).toBe(nextPreferredDay(utc(iso), days, zone));
      }
    }
  });

  it('keeps the local time of day across the Paris spring change', () => {
    process.env.TZ = 'Europe/Paris';
    const result = nextPreferredDay(utc('2024-03-29T08:00:00Z'), [2]);
    expect(new Date(result).getHours()).toBe(9);
    expect(weekdayIn(result)).toBe(2);
  });
});

describe('addZonedDays', () => {
  it('adds calendar days, not 24-hour blocks', () => {
    const before = utc('2024-03-30T08:00:00Z'); // Sat 09:00 CET
    expect(addZonedDays(before, 1, 'Europe/Paris')).toBe(utc('2024-03-31T07:00:00Z'));
    expect(addZonedDays(before, -1, 'Europe/Paris')).toBe(utc('2024-03-29T08:00:00Z'));
    expect(addZonedDays(before, 0, 'Europe/Paris')).toBe(before);
    expect(addZonedDays(utc('2024-12-31T12:00:00Z'), 1, 'UTC')).toBe(utc('2025-01-01T12:00:00Z'));
  });

  it('adding zero days keeps the instant in the hour that repeats when clocks go back', () => {
    // 02:17 on 30 Sept 1990 happened twice in Paris; this is the second one
    // (the property test's counterexample: it resolved to the first, an hour earlier).
    const second = utc('1990-09-30T01:17:05Z');
    expect(addZonedDays(second, 0, 'Europe/Paris')).toBe(second);
    expect(nextPreferredDay(second, [0], 'Europe/Paris')).toBe(second);
    const auckland = 1712412000000; // 02:00 on 7 April 2024 in Auckland, the second one
    expect(addZonedDays(auckland, 0, 'Pacific/Auckland')).toBe(auckland);
  });
});

describe('nextPreferredDay properties', () => {
  const zones = ['UTC', 'Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'Pacific/Auckland', 'America/Sao_Paulo'];
  it('lands on the first preferred weekday ≥ from, at the same time of day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: utc('1990-01-01T00:00:00Z'), max: utc('2060-01-01T00:00:00Z') }),
        fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
        fc.constantFrom(...zones),
        (from, days, zone) => {
          const result = nextPreferredDay(from, days, zone);
          expect(result).toBeGreaterThanOrEqual(from);
          expect(result - from).toBeLessThan(7 * DAY);
          expect(days).toContain(intlWeekday(result, zone));
          // No earlier calendar day in between is preferred.
          for (let k = 0; k < 7; k += 1) {
            const day = addZonedDays(from, k, zone);
            if (day >= result) break;
            expect(days).not.toContain(intlWeekday(day, zone));
          }
          const a = wallClockIn(from, zone);
          const b = wallClockIn(result, zone);
          expect(b.minute).toBe(a.minute);
          expect(b.second).toBe(a.second);
          if (b.hour !== a.hour) {
            // Only when the time of day did not exist that day (a DST gap).
            expect(wallClockIn(result - HOUR, zone).hour).toBe((b.hour + 22) % 24);
          }
        },
      ),
      { numRuns: 500 },
    );
    // 500 runs of Intl arithmetic: ~1 s alone, over 5 s on 2 busy cores.
  }, 30_000);
});
