import { browser } from 'wxt/browser';

/** The first-run page: the side panel's welcome view, in a tab of its own (tabs.create needs no permission). */
export async function openWelcome(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html#/welcome') });
}
