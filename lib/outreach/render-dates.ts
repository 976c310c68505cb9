/** Dates as they read in a message: "Tuesday 3 December". */
import { format } from 'date-fns';
import { usableTimeZone, wallClockIn } from './calling-days';

/** Formats the calendar day of `at` in the zone (local zone when none or invalid). */
export function formatCallingDay(at: number, timeZone?: string): string {
  if (!Number.isFinite(at)) return '';
  const zone = usableTimeZone(timeZone);
  if (!zone) return format(at, 'EEEE d MMMM');
  const wall = wallClockIn(at, zone);
  // A local date carrying the zone's calendar day, used only for its name.
  return format(new Date(wall.year, wall.month - 1, wall.day, 12), 'EEEE d MMMM');
}
