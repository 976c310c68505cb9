/**
 * Snoozing a follow-up: the dates the follow-up list offers. Each is the
 * start of a local day (settings.timeZone), so the item comes back under
 * "Today" on that day. Pure.
 */
import { labels } from '@/lib/domain/i18n';
import type { Settings } from '@/lib/domain/model';
import { cadenceZone, onCallingDay, startOfZonedDay } from './dates';

export type SnoozeChoice = 'day' | 'calling-day' | 'week';

export const SNOOZE_LABELS = labels<SnoozeChoice>({
  day: 'snoozeDay',
  'calling-day': 'snoozeCallingDay',
  week: 'snoozeWeek',
});

type Cadence = Pick<Settings, 'preferredDays' | 'timeZone' | 'followUpDays'>;

/** When a snooze chosen now ends. */
export function snoozeUntil(choice: SnoozeChoice, now: number, settings: Cadence): number {
  const zone = cadenceZone(settings);
  const tomorrow = startOfZonedDay(now, zone, 1);
  switch (choice) {
    case 'day':
      return tomorrow;
    case 'calling-day':
      // Method fact: Tuesday–Thursday are the best days to reach people.
      return onCallingDay(tomorrow, settings);
    case 'week':
      return startOfZonedDay(now, zone, 7);
  }
}

/**
 * "Skip": dismiss this occurrence until the next cycle, followUpDays ahead,
 * on a preferred calling day.
 */
export function skipUntil(now: number, settings: Cadence): number {
  return onCallingDay(startOfZonedDay(now, cadenceZone(settings), settings.followUpDays), settings);
}

export type SnoozeDates = Record<SnoozeChoice | 'skip', number>;

/** Every date the follow-up list offers, computed once for all rows. */
export function snoozeDates(now: number, settings: Cadence): SnoozeDates {
  return {
    day: snoozeUntil('day', now, settings),
    'calling-day': snoozeUntil('calling-day', now, settings),
    week: snoozeUntil('week', now, settings),
    skip: skipUntil(now, settings),
  };
}
