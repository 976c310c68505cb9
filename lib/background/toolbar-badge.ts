import { browser } from 'wxt/browser';
import type { InroadsDb } from '@/lib/store/database';
import { dueTodayCount } from '@/lib/store/history/follow-ups';
import { loadSettings } from '@/lib/store/settings/settings';
import { plural, t } from '@/lib/domain/i18n';
import type { Degree } from '@/lib/domain/model';

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
  await browser.action.setBadgeBackgroundColor({ color: COUNT_COLOR });
  await browser.action.setTitle({
    title: count > 0 ? plural('toolbarDueToday', count) : t('extName'),
  });
}

/** The degree in four characters or fewer, for the toolbar icon of one tab (Quiet mode). */
const SHORT_DEGREE: Record<Degree, string> = {
  '1st': '1st',
  '2nd': '2nd',
  '3rd': '3rd',
  'out-of-network': '3+',
  self: '',
  unknown: '?',
};

/** The follow-up count's colour (the toolbar icon of every tab but a quiet profile's). */
const COUNT_COLOR = '#b3261e';
const DEGREE_COLOR = '#0b6e69';

/**
 * Quiet mode: the toolbar icon of a profile's tab shows the degree (its
 * tooltip is the popup's first line); undefined hands the tab back to the
 * follow-up count. Per-tab text resets with null (Chrome and Firefox); the
 * colour is set back explicitly.
 */
export async function showTabDegree(tabId: number, degree: Degree | undefined): Promise<void> {
  const text = degree === undefined ? null : SHORT_DEGREE[degree];
  await browser.action.setBadgeText({ tabId, text } as { tabId: number; text: string });
  await browser.action.setBadgeBackgroundColor({ tabId, color: degree === undefined ? COUNT_COLOR : DEGREE_COLOR });
}
