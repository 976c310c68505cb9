import { browser } from 'wxt/browser';
import type { ProfileSnapshot } from '@/lib/domain/model';

/**
 * What each LinkedIn tab shows, kept in storage.session (memory only, cleared
 * with the browser session) so the popup knows it without the `tabs`
 * permission, and nothing depends on the service worker staying alive:
 * a profile read (its snapshot), a profile still being read, or one Inroads
 * could not read. No entry: not a profile (or the tab left it).
 */
export type TabPage =
  | { state: 'profile'; snapshot: ProfileSnapshot }
  | { state: 'reading' | 'unreadable'; url: string };

const KEY_PREFIX = 'tab-page:';
const key = (tabId: number) => `${KEY_PREFIX}${tabId}`;
export const isTabPageKey = (name: string, tabId: number) => name === key(tabId);

export async function rememberTabPage(tabId: number, page: TabPage): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: page });
}

export async function tabPage(tabId: number): Promise<TabPage | undefined> {
  const stored = await browser.storage.session.get(key(tabId));
  return stored[key(tabId)] as TabPage | undefined;
}

/** The tab left its profile (another page, closed, or a full navigation). */
export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}

/** Every tab's page, by tab id. */
export async function allTabPages(): Promise<Map<number, TabPage>> {
  const all = (await browser.storage.session.get(null)) as Record<string, TabPage>;
  const pages = new Map<number, TabPage>();
  for (const [name, page] of Object.entries(all)) {
    const tabId = Number(name.slice(KEY_PREFIX.length));
    if (name.startsWith(KEY_PREFIX) && Number.isInteger(tabId)) pages.set(tabId, page);
  }
  return pages;
}

/** Calls back when any tab's page changes. */
export function onTabPagesChanged(listener: () => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'session' && Object.keys(changes).some((name) => name.startsWith(KEY_PREFIX))) listener();
  });
}
