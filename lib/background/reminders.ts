import { browser } from 'wxt/browser';
import type { InroadsDb } from '@/lib/store/database';
import { recomputeAllNextActions } from '@/lib/store/history/recompute-all';
import { loadSettings } from '@/lib/store/settings/settings';
import { plural, t } from '@/lib/domain/i18n';
import { refreshToolbarBadge } from './toolbar-badge';

export const RECOMPUTE_ALARM = 'inroads-recompute';
export const DAILY_ALARM = 'inroads-daily';
/** Local hour of the optional daily reminder. */
export const DAILY_HOUR = 9;

/** The next local DAILY_HOUR:00 after `now`. */
export function nextDailyReminderAt(now: number, hour = DAILY_HOUR): number {
  const next = new Date(now);
  next.setHours(hour, 0, 0, 0);
  if (next.getTime() <= now) next.setDate(next.getDate() + 1);
  return next.getTime();
}

/**
 * Alarms survive the service worker being stopped: every 30 minutes what is
 * due is recomputed (a meeting that started now needs notes) and the toolbar
 * count refreshed; once a day an optional notification.
 */
export async function scheduleReminders(now: number): Promise<void> {
  await browser.alarms.create(RECOMPUTE_ALARM, { periodInMinutes: 30, delayInMinutes: 1 });
  if (!(await browser.alarms.get(DAILY_ALARM))) {
    await browser.alarms.create(DAILY_ALARM, { when: nextDailyReminderAt(now), periodInMinutes: 24 * 60 });
  }
}

export async function onReminderAlarm(db: InroadsDb, name: string, now: number): Promise<void> {
  if (name === RECOMPUTE_ALARM) {
    await recomputeAllNextActions(db, now);
    await refreshToolbarBadge(db, now);
  } else if (name === DAILY_ALARM) {
    const count = await refreshToolbarBadge(db, now);
    const { dailyNotification } = await loadSettings(db);
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
