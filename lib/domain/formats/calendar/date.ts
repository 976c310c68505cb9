/** The calendar day of an instant in a time zone, for exports. */

export interface DayParts {
  year: number;
  month: number;
  day: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let formatter = formatters.get(key);
  if (!formatter) {
    const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'numeric', day: 'numeric' };
    try {
      formatter = new Intl.DateTimeFormat('en-US', { ...options, timeZone: timeZone || undefined });
    } catch {
      // An unknown zone name (settings are free text): fall back to the runtime's zone.
      formatter = new Intl.DateTimeFormat('en-US', options);
    }
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * Year, month (1–12) and day of `ms` in `timeZone` (an IANA name; empty or
 * undefined means the runtime's own zone, i.e. the browser's).
 */
export function dayIn(ms: number, timeZone?: string): DayParts {
  const parts = formatterFor(timeZone).formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day') };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `2024-05-30`. */
export function isoDay({ year, month, day }: DayParts): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The day after (calendar arithmetic in UTC, so no zone can skip or repeat it). */
export function nextDay({ year, month, day }: DayParts): DayParts {
  const date = new Date(Date.UTC(year, month - 1, day + 1));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
