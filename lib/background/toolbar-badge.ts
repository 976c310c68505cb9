import { browser } from 'wxt/browser';
import type { InroadsDb } from '@/lib/store/database';
import { dueTodayCount } from '@/lib/store/history/follow-ups';
import { loadSettings } from '@/lib/store/settings/settings';
import { plural, t } from '@/lib/domain/i18n';

/** Text for the toolbar badge: the count of follow-ups overdue or due today. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}

/** How many follow-ups are overdue or due today, in the user's time zone. */
export async function countDueToday(db: InroadsDb, now: number): Promise<number> {
  const { timeZone } = await loadSettings(db);
  return dueTodayCount(db, now, timeZone || undefined);
}

/** Recounts what is due and shows it on the toolbar icon; returns the count. */
export async function refreshToolbarBadge(db: InroadsDb, now: number): Promise<number> {
  const count = await countDueToday(db, now);
  await showToolbarCount(count);
  return count;
}

export async function showToolbarCount(count: number): Promise<void> {
  await browser.action.setBadgeText({ text: badgeText(count) });
  await browser.action.setBadgeBackgroundColor({ color: '#b3261e' });
  await browser.action.setTitle({
    title: count > 0 ? plural('toolbarDueToday', count) : t('extName'),
  });
}
