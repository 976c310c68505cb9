import { browser } from 'wxt/browser';

/**
 * The tab the popup is about: `popup.html?tabId=N` (how the browser tests
 * open it), else the active tab of the current window.
 */
export async function popupTabId(search: string): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery >= 0 && new URLSearchParams(search).has('tabId')) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
