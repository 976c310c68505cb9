import { browser } from 'wxt/browser';
import type { PeopleReading } from '@/lib/domain/people-list';

/**
 * The LinkedIn origin (the content script's own host permission, wxt.config.ts).
 * A user can withhold it (Firefox lets them); then the side panel asks for it
 * again, only when the user clicks.
 */
export const LINKEDIN_ORIGINS = ['https://www.linkedin.com/*'];

/** The tab the side panel is beside: `?tabId=N` (how tests open it in a tab), else the current window's active tab. */
export async function sidePanelTabId(search: string): Promise<number | undefined> {
  const params = new URLSearchParams(search);
  const fromQuery = Number(params.get('tabId'));
  if (params.has('tabId') && Number.isInteger(fromQuery) && fromQuery >= 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** The browser refused to let Inroads read the tab (no activeTab grant, no host permission). */
export class NoPageAccessError extends Error {}

/** Runs the people-list reader in the tab and returns what it read. */
export async function readPeopleOnTab(tabId: number): Promise<PeopleReading> {
  let injection;
  try {
    [injection] = await browser.scripting.executeScript({ target: { tabId }, files: ['/people-list.js'] });
  } catch (error) {
    if (/permission|cannot access|host/i.test(String(error))) throw new NoPageAccessError(String(error));
    throw error;
  }
  return (injection?.result as PeopleReading | undefined) ?? { kind: 'other', people: [] };
}

/** Asks the user to let Inroads read LinkedIn pages when asked. Call it first thing in a click handler. */
export function requestLinkedInAccess(): Promise<boolean> {
  return browser.permissions.request({ origins: LINKEDIN_ORIGINS });
}
