import { browser } from 'wxt/browser';
import type { ProfileSnapshot } from '@/lib/domain/model';

/**
 * Which profile each tab shows, kept in storage.session (memory only, cleared
 * with the browser session) so the popup knows it without the `tabs` permission,
 * and nothing depends on the service worker staying alive.
 */
const key = (tabId: number) => `tab-profile:${tabId}`;

export async function rememberTabProfile(tabId: number, snapshot: ProfileSnapshot): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: snapshot });
}

export async function tabProfile(tabId: number): Promise<ProfileSnapshot | undefined> {
  const stored = await browser.storage.session.get(key(tabId));
  return stored[key(tabId)] as ProfileSnapshot | undefined;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
