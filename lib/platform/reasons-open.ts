import { browser } from 'wxt/browser';

/**
 * Whether the user opened the popup's "why this approach" for a profile, kept
 * for the browser session (storage.session: memory only). Collapsed unless
 * they opened it; their choice holds for that person until the browser closes.
 */
const key = (profileUrl: string) => `reasons-open:${profileUrl}`;

export async function reasonsOpen(profileUrl: string): Promise<boolean> {
  const stored = await browser.storage.session.get(key(profileUrl));
  return stored[key(profileUrl)] === true;
}

export async function rememberReasonsOpen(profileUrl: string, open: boolean): Promise<void> {
  if (open) await browser.storage.session.set({ [key(profileUrl)]: true });
  else await browser.storage.session.remove(key(profileUrl));
}
