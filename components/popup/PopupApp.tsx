import { useEffect, useState } from 'react';
import { StorageBanner } from '@/components/shared/StorageBanner';
import { popupTabId } from '@/lib/platform/current-tab';
import { OffProfile } from './OffProfile';
import { ProfilePopup } from './ProfilePopup';
import { useTabSnapshot } from './use-tab-snapshot';

/** The toolbar popup: the current profile's approach and draft, or what is due. */
export function PopupApp() {
  const [tabId, setTabId] = useState<number | undefined | null>(null);
  useEffect(() => {
    void popupTabId(location.search).then(setTabId);
  }, []);
  const snapshot = useTabSnapshot(tabId ?? undefined);
  if (tabId === null || snapshot === undefined) return <main className="popup" aria-busy="true" />;
  return (
    <main className="popup">
      <StorageBanner />
      {snapshot && snapshot.pageKind !== 'not-profile' ? <ProfilePopup snapshot={snapshot} /> : <OffProfile />}
    </main>
  );
}
