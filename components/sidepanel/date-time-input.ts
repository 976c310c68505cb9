/** Local date-time values for <input type="datetime-local">. */
import { t } from '@/lib/domain/i18n';

const pad = (n: number) => String(n).padStart(2, '0');

export function toDateTimeInput(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Epoch ms of a datetime-local value (local time), or undefined when incomplete. */
export function fromDateTimeInput(value: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!m) return undefined;
  const at = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5])).getTime();
  return Number.isFinite(at) ? at : undefined;
}

const YEAR_2000 = new Date(2000, 0, 1).getTime();
const DAY_MS = 86_400_000;

/** A warning for a date that is probably a typo (allowed, but checked). */
export function unusualDateWarning(at: number, now: number): string {
  if (at > now + DAY_MS) return t('dateFuture');
  if (at < YEAR_2000) return t('dateBefore2000');
  return '';
}
