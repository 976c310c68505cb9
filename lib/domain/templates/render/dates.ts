/** Dates as they read in a message: "Tuesday 3 December". */
import { usableTimeZone, wallClockIn } from '@/lib/domain/cadence/calling-days';

// Intl rather than date-fns' format(): the same words, without date-fns'
// locale tables in the popup bundle (~6 KB gzipped). date-fns still does the
// day arithmetic (calling-days.ts).
const DAY_NAME = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long' });
const format = (at: Date | number, _pattern: 'EEEE d MMMM') => DAY_NAME.format(at).replace(',', '');

/** Formats the calendar day of `at` in the zone (local zone when none or invalid). */
export function formatCallingDay(at: number, timeZone?: string): string {
  if (!Number.isFinite(at)) return '';
  const zone = usableTimeZone(timeZone);
  if (!zone) return format(at, 'EEEE d MMMM');
  const wall = wallClockIn(at, zone);
  // A local date carrying the zone's calendar day, used only for its name.
  return format(new Date(wall.year, wall.month - 1, wall.day, 12), 'EEEE d MMMM');
}
