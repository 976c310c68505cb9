import { lazy, Suspense } from 'react';
import { StorageBanner } from '../StorageBanner';
import { FollowUpsView } from './FollowUpsView';
import { routeHref, useRoute, type Route } from './use-route';

// The follow-up list is what the panel opens on, so it ships with the panel;
// every other view loads when first visited (a smaller script to parse before
// the follow-ups paint: sidepanelFollowupsFirstPaintMs in `npm run bench`).
const TargetsView = lazy(() => import('./TargetsView').then((m) => ({ default: m.TargetsView })));
const PersonView = lazy(() => import('./PersonView').then((m) => ({ default: m.PersonView })));
const MeetingView = lazy(() => import('./MeetingView').then((m) => ({ default: m.MeetingView })));
const ReferralMapView = lazy(() => import('./ReferralMapView').then((m) => ({ default: m.ReferralMapView })));
const ResearchView = lazy(() => import('./ResearchView').then((m) => ({ default: m.ResearchView })));
const TemplatesView = lazy(() => import('./TemplatesView').then((m) => ({ default: m.TemplatesView })));
const DataView = lazy(() => import('./DataView').then((m) => ({ default: m.DataView })));
const SettingsView = lazy(() => import('./SettingsView').then((m) => ({ default: m.SettingsView })));

const TABS: { route: Route; label: string }[] = [
  { route: { view: 'follow-ups' }, label: 'Follow-ups' },
  { route: { view: 'targets' }, label: 'Targets' },
  { route: { view: 'referrals' }, label: 'Referrals' },
  { route: { view: 'research' }, label: 'Research' },
  { route: { view: 'templates' }, label: 'Templates' },
  { route: { view: 'data' }, label: 'Data' },
  { route: { view: 'settings' }, label: 'Settings' },
];

function CurrentView({ route }: { route: Route }) {
  switch (route.view) {
    case 'follow-ups':
      return <FollowUpsView />;
    case 'targets':
      return <TargetsView />;
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

/** The side panel: follow-ups, targets, a person, meetings, referrals, research, data. */
export function SidePanelApp() {
  const route = useRoute();
  return (
    <>
      <nav aria-label="Inroads" className="tabs">
        {TABS.map((tab) => (
          <a key={tab.label} href={routeHref(tab.route)} aria-current={tab.route.view === route.view ? 'page' : undefined}>
            {tab.label}
          </a>
        ))}
      </nav>
      <main>
        <StorageBanner />
        <Suspense fallback={<p aria-busy="true">Loading…</p>}>
          <CurrentView route={route} />
        </Suspense>
      </main>
    </>
  );
}
