import { browser } from 'wxt/browser';

/**
 * Runs the diagnostics script in the tab (the activeTab grant of the toolbar
 * click covers it; no host permission) and returns its report as text.
 */
export async function readDiagnostics(tabId: number): Promise<string> {
  const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: ['/diagnostics.js'] });
  return JSON.stringify(injection?.result ?? null, null, 2);
}
