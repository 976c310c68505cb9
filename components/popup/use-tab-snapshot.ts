import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { ProfileSnapshot } from '@/lib/domain/model';
import { tabProfile } from '@/lib/platform/tab-profiles';

/** The profile a tab shows (undefined while loading, null when none), kept live. */
export function useTabSnapshot(tabId: number | undefined): ProfileSnapshot | null | undefined {
  const [snapshot, setSnapshot] = useState<ProfileSnapshot | null | undefined>(undefined);
  useEffect(() => {
    if (tabId === undefined) return;
    let active = true;
    const load = () =>
      void tabProfile(tabId).then((found) => {
        if (active) setSnapshot(found ?? null);
      });
    load();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && `tab-profile:${tabId}` in changes) load();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      active = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [tabId]);
  return tabId === undefined ? null : snapshot;
}
