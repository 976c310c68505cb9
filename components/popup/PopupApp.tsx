import { useEffect, useState } from 'react';
import { StorageBanner } from '@/components/shared/StorageBanner';
import { useDisplayZone } from '@/components/shared/use-display-zone';
import { popupTabId } from '@/lib/platform/current-tab';
import { OffProfile } from './OffProfile';
import { PageStatus } from './PageStatus';
import { ProfilePopup } from './ProfilePopup';
import { useTabPage } from './use-tab-snapshot';

/** The toolbar popup: the current profile's approach and draft, or what is due. Never a person the tab has left. */
export function PopupApp() {
  const [tabId, setTabId] = useState<number | undefined | null>(null);
  useEffect(() => {
    void popupTabId(location.search).then(setTabId);
  }, []);
  const page = useTabPage(tabId ?? undefined);
  // Dates are shown in the zone of Settings (read alongside the tab's page).
  const zoneKnown = useDisplayZone();
  if (tabId === null || page === undefined || !zoneKnown) return <main className="popup" aria-busy="true" />;
  const profile = page?.state === 'profile' && page.snapshot.pageKind !== 'not-profile' ? page.snapshot : undefined;
  return (
    <main className="popup">
      <StorageBanner />
      {profile && tabId !== undefined ? (
        // Keyed: another profile in the tab starts afresh (no introducer, form or status carried over).
        <ProfilePopup key={profile.url} snapshot={profile} tabId={tabId} />
      ) : page && page.state !== 'profile' && tabId !== undefined ? (
        <PageStatus state={page.state} tabId={tabId} />
      ) : (
        <OffProfile />
      )}
    </main>
  );
}
