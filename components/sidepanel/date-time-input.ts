/** Date-time values for <input type="datetime-local">, in the display zone (components/shared/labels.ts). */
import { t } from '@/lib/domain/i18n';

export { fromDateTimeInput, toDateTimeInput } from '@/components/shared/labels';

const YEAR_2000 = Date.UTC(2000, 0, 1);
const DAY_MS = 86_400_000;

/** A warning for a date that is probably a typo (allowed, but checked). */
export function unusualDateWarning(at: number, now: number): string {
  if (at > now + DAY_MS) return t('dateFuture');
  if (at < YEAR_2000) return t('dateBefore2000');
  return '';
}
