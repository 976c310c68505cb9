/**
 * The optional host permission for the sync server: asked for when the user
 * turns sync on (a click, as the browser requires), for that origin only,
 * and given back when sync is turned off (or could not be turned on).
 */
import { browser } from 'wxt/browser';

/** Asks for `pattern` (e.g. https://cloud.example/*); must run in a click handler before any other await. */
export function requestOrigin(pattern: string): Promise<boolean> {
  return browser.permissions.request({ origins: [pattern] });
}

export async function hasOrigin(pattern: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [pattern] });
}

export async function removeOrigin(pattern: string): Promise<void> {
  await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
}
