import { lazy, Suspense, useEffect, useState } from 'react';
import { StorageBanner } from '@/components/shared/StorageBanner';
import { useDisplayZone } from '@/components/shared/use-display-zone';
import { popupTabId } from '@/lib/platform/current-tab';
import { ProfilePopup } from './ProfilePopup';
import { useTabPage } from './use-tab-snapshot';

// Off a profile (what is due, or what the tab shows instead): its own chunk, so the profile popup's first paint stays small.
const OffProfile = lazy(() => import('./OffProfile').then((m) => ({ default: m.OffProfile })));
const PageStatus = lazy(() => import('./PageStatus').then((m) => ({ default: m.PageStatus })));

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
      ) : (
        <Suspense fallback={<p aria-busy="true" />}>
          {page && page.state !== 'profile' && tabId !== undefined ? <PageStatus state={page.state} tabId={tabId} /> : <OffProfile />}
        </Suspense>
      )}
    </main>
  );
}
