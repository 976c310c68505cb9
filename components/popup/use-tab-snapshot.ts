import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { isTabPageKey, tabPage, type TabPage } from '@/lib/platform/tab-profiles';

/** What a tab shows (undefined while loading, null when not a profile), kept live as the tab moves on. */
export function useTabPage(tabId: number | undefined): TabPage | null | undefined {
  const [page, setPage] = useState<TabPage | null | undefined>(undefined);
  useEffect(() => {
    if (tabId === undefined) return;
    let active = true;
    const load = () =>
      void tabPage(tabId).then((found) => {
        if (active) setPage(found ?? null);
      });
    load();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && Object.keys(changes).some((name) => isTabPageKey(name, tabId))) load();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      active = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [tabId]);
  return tabId === undefined ? null : page;
}
