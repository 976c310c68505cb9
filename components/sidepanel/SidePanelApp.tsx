import { Suspense } from 'react';
import { StorageBanner } from '@/components/shared/StorageBanner';
import { ViewErrorBoundary } from '@/components/shared/ViewErrorBoundary';
import { useDisplayZone } from '@/components/shared/use-display-zone';
import { TABS } from './routes';
import { routeHref, useRoute } from './use-route';
import { CurrentView } from './views';
import { SyncStatusLine } from './SyncStatusLine';
import { t } from '@/lib/domain/i18n';

/** The side panel: follow-ups, targets, connections, a person, meetings, referrals, research, data. */
export function SidePanelApp() {
  const route = useRoute();
  // Dates are shown in the zone of Settings: views wait for it (one small read).
  const zoneKnown = useDisplayZone();
  return (
    <>
      <nav aria-label={t('extName')} className="tabs">
        {TABS.map((tab) => (
          <a
            key={tab.label}
            href={routeHref(tab.route)}
            aria-current={tab.route.view === route.view ? 'page' : undefined}
          >
            {t(tab.label)}
          </a>
        ))}
      </nav>
      <main>
        <StorageBanner />
        <SyncStatusLine />
        {/* Keyed by route: another tab starts afresh after a failure. */}
        <ViewErrorBoundary key={routeHref(route)}>
          <Suspense fallback={<p aria-busy="true">{t('commonLoading')}</p>}>
            {zoneKnown ? <CurrentView route={route} /> : <p aria-busy="true">{t('commonLoading')}</p>}
          </Suspense>
        </ViewErrorBoundary>
      </main>
    </>
  );
}
