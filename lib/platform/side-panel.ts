import { browser } from 'wxt/browser';

/**
 * Opens Inroads' side panel (Chrome) or sidebar (Firefox). Must run in a
 * user gesture, e.g. a click in the popup.
 */
export async function openSidePanel(): Promise<void> {
  const api = browser as unknown as {
    sidePanel?: { open(options: { windowId: number }): Promise<void> };
    sidebarAction?: { open(): Promise<void> };
  };
  if (api.sidebarAction) {
    await api.sidebarAction.open();
    return;
  }
  if (api.sidePanel) {
    const window = await browser.windows.getCurrent();
    if (window.id !== undefined) await api.sidePanel.open({ windowId: window.id });
  }
}
