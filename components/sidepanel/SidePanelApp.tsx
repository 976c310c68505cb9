import { StorageBanner } from '../StorageBanner';
import { FollowUpsView } from './FollowUpsView';
import { MeetingView } from './MeetingView';
import { PersonView } from './PersonView';
import { ReferralMapView } from './ReferralMapView';
import { ResearchView } from './ResearchView';
import { SettingsView } from './SettingsView';
import { TargetsView } from './TargetsView';
import { TemplatesView } from './TemplatesView';
import { DataView } from './DataView';
import { routeHref, useRoute, type Route } from './use-route';

const TABS: { route: Route; label: string }[] = [
  { route: { view: 'follow-ups' }, label: 'Follow-ups' },
  { route: { view: 'targets' }, label: 'Targets' },
  { route: { view: 'referrals' }, label: 'Referrals' },
  { route: { view: 'research' }, label: 'Research' },
  { route: { view: 'templates' }, label: 'Templates' },
  { route: { view: 'data' }, label: 'Data' },
  { route: { view: 'settings' }, label: 'Settings' },
];

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
        {route.view === 'follow-ups' && <FollowUpsView />}
        {route.view === 'targets' && <TargetsView />}
        {route.view === 'person' && <PersonView personId={route.personId} />}
        {route.view === 'meeting' && <MeetingView meetingId={route.meetingId} />}
        {route.view === 'referrals' && <ReferralMapView />}
        {route.view === 'research' && <ResearchView />}
        {route.view === 'templates' && <TemplatesView />}
        {route.view === 'data' && <DataView />}
        {route.view === 'settings' && <SettingsView />}
      </main>
    </>
  );
}
