// One formatter each, made once: toLocaleDateString with options builds a new
// ICU formatter on every call, and a follow-up list formats hundreds of dates.
const DAY = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' });
const DAY_TIME = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});
// Made on first use: only the Connections view needs it.
let utcDay: Intl.DateTimeFormat | undefined;

/** Intl throws on dates beyond ±8.64e15 ms; a damaged date shows as a dash, never breaks the view. */
const isDate = (at: number) => Number.isFinite(at) && Math.abs(at) <= 8.64e15;

export const formatDay = (at: number) => (isDate(at) ? DAY.format(at) : '—');

export const formatDateTime = (at: number) => (isDate(at) ? DAY_TIME.format(at) : '—');

/**
 * A calendar day kept as UTC midnight (a connection's connected-on date), with
 * its year: read in UTC, or anywhere west of it would show the day before.
 */
export function formatUtcDay(at: number): string {
  if (!isDate(at)) return '—';
  utcDay ??= new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return utcDay.format(at);
}

/** A date for an <input type="date"> in local time. */
export function toDateInput(at: number): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Local 9:00 on the date picked in an <input type="date">, or undefined. */
export function fromDateInput(value: string, hour = 9): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), hour).getTime();
}
