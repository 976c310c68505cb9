import { browser } from 'wxt/browser';

/**
 * Opens the popup for a badge click; where the browser refuses (no focused
 * window, older versions), opens the side panel for that tab instead.
 */
export async function openInroads(tabId: number): Promise<'popup' | 'side-panel' | 'none'> {
  try {
    await browser.action.openPopup();
    return 'popup';
  } catch {
    const api = browser as unknown as { sidePanel?: { open(o: { tabId: number }): Promise<void> } };
    try {
      await api.sidePanel?.open({ tabId });
      return api.sidePanel ? 'side-panel' : 'none';
    } catch {
      return 'none';
    }
  }
}
