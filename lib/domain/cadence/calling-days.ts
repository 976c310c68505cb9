/**
 * Calling days: the method says Tuesday–Thursday are the best days to reach
 * people, so promised follow-ups and calls land on the user's preferred days.
 *
 * All dates are epoch ms. A time zone is an IANA name (e.g. "Europe/Paris");
 * empty, undefined or invalid means the runtime's local zone. Weekdays in a
 * named zone come from Intl.DateTimeFormat; the local zone uses date-fns.
 */
import { addDays, getDay } from 'date-fns';

const DAY_MS = 86_400_000;

/** Wall-clock fields of an instant in a zone; month is 1–12. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when the runtime knows this IANA zone name. */
export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone) return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The named zone to use, or undefined for the runtime's local zone. */
export function usableTimeZone(timeZone?: string): string | undefined {
  const trimmed = timeZone?.trim();
  return trimmed && isValidTimeZone(trimmed) ? trimmed : undefined;
}

/** The wall-clock reading of `at` in `timeZone` (local zone when none). */
export function wallClockIn(at: number, timeZone?: string): WallClock {
  const zone = usableTimeZone(timeZone);
  const millisecond = ((at % 1000) + 1000) % 1000;
  if (!zone) {
    const d = new Date(at);
    return {
      year: d.getFullYear(),
      month: d.getMonth() + 1,
      day: d.getDate(),
      hour: d.getHours(),
      minute: d.getMinutes(),
      second: d.getSeconds(),
      millisecond,
    };
  }
  const fields: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(new Date(at))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year ?? 1970,
    month: fields.month ?? 1,
    day: fields.day ?? 1,
    hour: (fields.hour ?? 0) % 24,
    minute: fields.minute ?? 0,
    second: fields.second ?? 0,
    millisecond,
  };
}

function wallAsUtc(w: WallClock): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
}

/** Offset of the zone from UTC at instant `at`, in ms. */
function offsetAt(at: number, zone: string): number {
  return wallAsUtc(wallClockIn(at, zone)) - at;
}

/**
 * The instant showing `wall` in `zone`. In a DST overlap (the hour happens
 * twice) the earlier instant wins; in a DST gap (the hour does not exist) the
 * time moves forward by the gap, e.g. 02:30 becomes 03:30 — as JavaScript's
 * own Date does for the local zone.
 */
function zonedWallToEpoch(wall: WallClock, zone: string): number {
  const asUtc = wallAsUtc(wall);
  const before = offsetAt(asUtc - 1.5 * DAY_MS, zone);
  const after = offsetAt(asUtc + 1.5 * DAY_MS, zone);
  const matches = [asUtc - before, asUtc - after].filter((t) => offsetAt(t, zone) === asUtc - t);
  if (matches.length > 0) return Math.min(...matches);
  return asUtc - before;
}

/**
 * The instant a wall-clock reading names in `timeZone` (the runtime's zone
 * when none or invalid): the earlier one in a DST overlap, moved forward by
 * the gap in a DST gap (02:30 → 03:30), as Date does for the local zone.
 */
export function wallToEpoch(wall: WallClock, timeZone?: string): number {
  const zone = usableTimeZone(timeZone);
  if (zone) return zonedWallToEpoch(wall, zone);
  return new Date(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.millisecond).getTime();
}

/** Weekday of `at` in the zone, 0 = Sunday … 6 = Saturday. */
export function weekdayIn(at: number, timeZone?: string): number {
  const zone = usableTimeZone(timeZone);
  if (!zone) return getDay(at);
  const w = wallClockIn(at, zone);
  return new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay();
}

/** `days` calendar days after `from` in the zone, at the same local time of day. */
export function addZonedDays(from: number, days: number, timeZone?: string): number {
  // Zero days is the identity: in a repeated hour (clocks going back) the
  // wall time maps to two instants, and re-resolving it would pick the first.
  if (!Number.isFinite(from) || !Number.isInteger(days) || days === 0) return from;
  const zone = usableTimeZone(timeZone);
  if (!zone) return addDays(from, days).getTime();
  const w = wallClockIn(from, zone);
  const shifted = new Date(Date.UTC(w.year, w.month - 1, w.day + days));
  return zonedWallToEpoch(
    { ...w, year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() },
    zone,
  );
}

/**
 * The first date ≥ `from`, at the same local time of day, whose weekday in
 * `timeZone` is one of `preferredDays` (0 = Sunday … 6 = Saturday). With no
 * usable preferred day, returns `from` unchanged.
 */
export function nextPreferredDay(from: number, preferredDays: number[], timeZone?: string): number {
  const wanted = new Set(preferredDays.filter((d) => Number.isInteger(d) && d >= 0 && d <= 6));
  if (wanted.size === 0 || !Number.isFinite(from)) return from;
  for (let k = 0; k < 7; k += 1) {
    const candidate = k === 0 ? from : addZonedDays(from, k, timeZone);
    if (wanted.has(weekdayIn(candidate, timeZone))) return candidate;
  }
  return from;
}
