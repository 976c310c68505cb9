import { lazy, Suspense } from 'react';
import { StorageBanner } from '@/components/shared/StorageBanner';
import { FollowUpsView } from '@/components/sidepanel/follow-ups/FollowUpsView';
import { ViewErrorBoundary } from '@/components/shared/ViewErrorBoundary';
import { routeHref, useRoute, type Route } from './use-route';
import { t, type MessageKey } from '@/lib/domain/i18n';

// The follow-up list is what the panel opens on, so it ships with the panel;
// every other view loads when first visited (a smaller script to parse before
// the follow-ups paint: sidepanelFollowupsFirstPaintMs in `npm run bench`).
const TargetsView = lazy(() => import('@/components/sidepanel/targets/TargetsView').then((m) => ({ default: m.TargetsView })));
const ConnectionsView = lazy(() => import('@/components/sidepanel/connections/ConnectionsView').then((m) => ({ default: m.ConnectionsView })));
const PersonView = lazy(() => import('@/components/sidepanel/person/PersonView').then((m) => ({ default: m.PersonView })));
const MeetingView = lazy(() => import('@/components/sidepanel/meeting/MeetingView').then((m) => ({ default: m.MeetingView })));
const ReferralMapView = lazy(() => import('@/components/sidepanel/referrals/ReferralMapView').then((m) => ({ default: m.ReferralMapView })));
const ResearchView = lazy(() => import('@/components/sidepanel/research/ResearchView').then((m) => ({ default: m.ResearchView })));
const TemplatesView = lazy(() => import('@/components/sidepanel/templates/TemplatesView').then((m) => ({ default: m.TemplatesView })));
const DataView = lazy(() => import('@/components/sidepanel/data/DataView').then((m) => ({ default: m.DataView })));
const SettingsView = lazy(() => import('@/components/sidepanel/settings/SettingsView').then((m) => ({ default: m.SettingsView })));

const TABS: { route: Route; label: MessageKey }[] = [
  { route: { view: 'follow-ups' }, label: 'navFollowUps' },
  { route: { view: 'targets' }, label: 'navTargets' },
  { route: { view: 'connections' }, label: 'navConnections' },
  { route: { view: 'referrals' }, label: 'navReferrals' },
  { route: { view: 'research' }, label: 'navResearch' },
  { route: { view: 'templates' }, label: 'navTemplates' },
  { route: { view: 'data' }, label: 'navData' },
  { route: { view: 'settings' }, label: 'navSettings' },
];

function CurrentView({ route }: { route: Route }) {
  switch (route.view) {
    case 'follow-ups':
      return <FollowUpsView />;
    case 'targets':
      return <TargetsView />;
    case 'connections':
      return <ConnectionsView />;
    case 'person':
      return <PersonView personId={route.personId} />;
    case 'meeting':
      return <MeetingView meetingId={route.meetingId} />;
    case 'referrals':
      return <ReferralMapView />;
    case 'research':
      return <ResearchView />;
    case 'templates':
      return <TemplatesView />;
    case 'data':
      return <DataView />;
    case 'settings':
      return <SettingsView />;
  }
}

/** The side panel: follow-ups, targets, connections, a person, meetings, referrals, research, data. */
export function SidePanelApp() {
  const route = useRoute();
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
        {/* Keyed by route: another tab starts afresh after a failure. */}
        <ViewErrorBoundary key={routeHref(route)}>
          <Suspense fallback={<p aria-busy="true">{t('commonLoading')}</p>}>
            <CurrentView route={route} />
          </Suspense>
        </ViewErrorBoundary>
      </main>
    </>
  );
}
