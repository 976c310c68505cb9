/**
 * Dates as the user reads and types them, in ONE time zone: the one chosen in
 * Settings (the browser's when none), the same the follow-up list groups by,
 * the calendar export writes and the daily reminder keeps. The page's root
 * sets it (useDisplayZone) before anything below renders a date.
 */
import { usableTimeZone, wallClockIn, wallToEpoch } from '@/lib/domain/cadence/calling-days';

let zone: string | undefined;

// One formatter each per zone, made once: toLocaleDateString with options builds
// a new ICU formatter on every call, and a follow-up list formats hundreds of dates.
let day: Intl.DateTimeFormat | undefined;
let dayTime: Intl.DateTimeFormat | undefined;
// Made on first use: only the Connections view needs it.
let utcDay: Intl.DateTimeFormat | undefined;

/** The zone dates are shown and typed in: Settings' zone, or undefined for the browser's. */
export function setDisplayTimeZone(timeZone: string | undefined): void {
  const next = usableTimeZone(timeZone);
  if (next === zone) return;
  zone = next;
  day = dayTime = undefined;
}

export const displayTimeZone = () => zone;

/** Intl throws on dates beyond ±8.64e15 ms; a damaged date shows as a dash, never breaks the view. */
const isDate = (at: number) => Number.isFinite(at) && Math.abs(at) <= 8.64e15;

export function formatDay(at: number): string {
  if (!isDate(at)) return '—';
  day ??= new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', timeZone: zone });
  return day.format(at);
}

export function formatDateTime(at: number): string {
  if (!isDate(at)) return '—';
  dayTime ??= new Intl.DateTimeFormat(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: zone,
  });
  return dayTime.format(at);
}

/** An ISO date-time for a <time dateTime> attribute, or undefined for a damaged date. */
export const isoDateTime = (at: number) => (isDate(at) ? new Date(at).toISOString() : undefined);

/**
 * A calendar day kept as UTC midnight (a connection's connected-on date), with
 * its year: read in UTC, or anywhere west of it would show the day before.
 */
export function formatUtcDay(at: number): string {
  if (!isDate(at)) return '—';
  utcDay ??= new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return utcDay.format(at);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A date for an <input type="date">, in the display zone ('' for a damaged date). */
export function toDateInput(at: number): string {
  if (!isDate(at)) return '';
  const w = wallClockIn(at, zone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** 9:00 (or `hour`) in the display zone on the date picked in an <input type="date">, or undefined. */
export function fromDateInput(value: string, hour = 9): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  const at = wallToEpoch(
    { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), hour, minute: 0, second: 0, millisecond: 0 },
    zone,
  );
  return Number.isFinite(at) ? at : undefined;
}

/** A value for <input type="datetime-local">, in the display zone ('' for a damaged date). */
export function toDateTimeInput(at: number): string {
  if (!isDate(at)) return '';
  const w = wallClockIn(at, zone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/** Epoch ms of a datetime-local value (display zone), or undefined when incomplete. */
export function fromDateTimeInput(value: string): number | undefined {
  const m = /^(\d{4,6})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!m) return undefined;
  const [year, month, date, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as number[];
  const at = wallToEpoch({ year: year!, month: month!, day: date!, hour: hour!, minute: minute!, second: 0, millisecond: 0 }, zone);
  return Number.isFinite(at) ? at : undefined;
}

/** `hour`:00 in the display zone, `plusDays` calendar days after the day of `at` (e.g. tomorrow at noon). */
export function atHourOfDay(at: number, plusDays: number, hour: number): number {
  const w = wallClockIn(at, zone);
  const shifted = new Date(Date.UTC(w.year, w.month - 1, w.day + plusDays));
  return wallToEpoch(
    {
      year: shifted.getUTCFullYear(),
      month: shifted.getUTCMonth() + 1,
      day: shifted.getUTCDate(),
      hour,
      minute: 0,
      second: 0,
      millisecond: 0,
    },
    zone,
  );
}
