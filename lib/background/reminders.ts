import { browser } from 'wxt/browser';
import type { InroadsDb } from '@/lib/store/database';
import { recomputeAllNextActions } from '@/lib/store/history/recompute-all';
import { loadSettings } from '@/lib/store/settings/settings';
import { plural, t } from '@/lib/domain/i18n';
import { startOfZonedDay } from '@/lib/domain/cadence/dates';
import { usableTimeZone, wallClockIn, wallToEpoch } from '@/lib/domain/cadence/calling-days';
import { refreshToolbarBadge } from './toolbar-badge';

export const RECOMPUTE_ALARM = 'inroads-recompute';
export const DAILY_ALARM = 'inroads-daily';
/** Hour of the optional daily reminder, on the wall clock of the zone in Settings. */
export const DAILY_HOUR = 9;

/**
 * The next DAILY_HOUR:00 after `now` on the wall clock of `timeZone` (the
 * browser's when none): 9:00 stays 9:00 across daylight-saving changes, as a
 * 24-hour period would not.
 */
export function nextDailyReminderAt(now: number, timeZone?: string, hour = DAILY_HOUR): number {
  const zone = usableTimeZone(timeZone);
  for (let plusDays = 0; plusDays < 3; plusDays++) {
    const day = wallClockIn(startOfZonedDay(now, zone, plusDays), zone);
    const at = wallToEpoch({ ...day, hour, minute: 0, second: 0, millisecond: 0 }, zone);
    if (at > now) return at;
  }
  return now + 86_400_000;
}

/**
 * The daily reminder as a one-time alarm at the next 9:00 in the zone of
 * Settings, set again each time it fires (and when the zone changes), so it
 * never drifts with daylight saving. Replaces a periodic alarm an older
 * version set, or one set for another zone.
 */
export async function scheduleDailyReminder(now: number, timeZone: string | undefined): Promise<void> {
  const when = nextDailyReminderAt(now, timeZone);
  const current = await browser.alarms.get(DAILY_ALARM);
  if (current && current.periodInMinutes === undefined && current.scheduledTime === when) return;
  await browser.alarms.create(DAILY_ALARM, { when });
}

/**
 * Alarms survive the service worker being stopped: every 30 minutes what is
 * due is recomputed (a meeting that started now needs notes) and the toolbar
 * count refreshed; once a day an optional notification.
 */
export async function scheduleReminders(db: InroadsDb, now: number): Promise<void> {
  await browser.alarms.create(RECOMPUTE_ALARM, { periodInMinutes: 30, delayInMinutes: 1 });
  await scheduleDailyReminder(now, (await loadSettings(db)).timeZone);
}

export async function onReminderAlarm(db: InroadsDb, name: string, now: number): Promise<void> {
  if (name === RECOMPUTE_ALARM) {
    await recomputeAllNextActions(db, now);
    await refreshToolbarBadge(db, now);
  } else if (name === DAILY_ALARM) {
    const { dailyNotification, timeZone } = await loadSettings(db);
    // The next one first: a failing notification must not stop tomorrow's.
    await scheduleDailyReminder(now + 60_000, timeZone);
    const count = await refreshToolbarBadge(db, now);
    if (dailyNotification && count > 0) {
      await browser.notifications.create('inroads-daily', {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: t('extName'),
        message: plural('notificationDueToday', count),
      });
    }
  }
}
