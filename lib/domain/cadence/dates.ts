/**
 * Date helpers for the cadence rules. Every date is epoch ms; "days" are
 * calendar days in the user's zone (settings.timeZone; empty or invalid means
 * the runtime's zone), so a follow-up keeps its local time of day across
 * daylight-saving changes, month ends and year ends.
 */
import type { Settings } from '@/lib/domain/model/settings';
import { addZonedDays, nextPreferredDay, usableTimeZone, wallClockIn, type WallClock } from './calling-days';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** Far enough inside JavaScript's date range that adding a year still works. */
const DATE_LIMIT = 8.64e15 - 1000 * DAY_MS;

/** A date the rules can compute with; anything else (NaN, ±Infinity, beyond year 275000) is ignored. */
export function isUsableDate(at: unknown): at is number {
  return typeof at === 'number' && Number.isFinite(at) && Math.abs(at) <= DATE_LIMIT;
}

/** The zone the rules compute in: settings.timeZone when valid, else the runtime's (undefined). */
export function cadenceZone(settings: Pick<Settings, 'timeZone'>): string | undefined {
  return usableTimeZone(settings.timeZone);
}

function wallAsUtc(w: WallClock): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
}

/**
 * The first instant of the local day of `at` (plus `plusDays` calendar days)
 * in the zone. Where midnight does not exist (a DST gap at midnight), the day
 * starts at the end of the gap.
 */
export function startOfZonedDay(at: number, timeZone?: string, plusDays = 0): number {
  const zone = usableTimeZone(timeZone);
  const wall = wallClockIn(at, zone);
  const target = Date.UTC(wall.year, wall.month - 1, wall.day + plusDays);
  let guess = at + (target - wallAsUtc(wall));
  for (let i = 0; i < 4; i += 1) {
    const delta = target - wallAsUtc(wallClockIn(guess, zone));
    if (delta === 0) return guess;
    guess += delta;
  }
  const shortfall = target - wallAsUtc(wallClockIn(guess, zone));
  return shortfall > 0 ? guess + shortfall : guess;
}

/** `days` calendar days after `at` in the user's zone, same local time of day. */
export function addDaysInZone(at: number, days: number, settings: Pick<Settings, 'timeZone'>): number {
  return addZonedDays(at, days, cadenceZone(settings));
}

/** The same moment moved to the first preferred calling day on or after it (Tue–Thu by default). */
export function onCallingDay(at: number, settings: Pick<Settings, 'preferredDays' | 'timeZone'>): number {
  return nextPreferredDay(at, settings.preferredDays, cadenceZone(settings));
}

/**
 * Method fact: "No answer after about a week: send a short follow-up …
 * Tuesday–Thursday are the best days to reach people." So: `followUpDays`
 * calendar days after `at`, then on to the next preferred calling day.
 */
export function followUpDate(
  at: number,
  settings: Pick<Settings, 'followUpDays' | 'preferredDays' | 'timeZone'>,
): number {
  return onCallingDay(addDaysInZone(at, settings.followUpDays, settings), settings);
}
