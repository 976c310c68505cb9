/**
 * Each side-panel view's component. The follow-up list is what the panel
 * opens on, so it ships with the panel; so does the Companies view, where
 * the method starts (a lazy view waits for React's Suspense reveal, at least
 * 300 ms after its fallback: companiesViewFirstPaintMs in `npm run bench`).
 * Every other view loads when first visited (a smaller script to parse before
 * the follow-ups paint: sidepanelFollowupsFirstPaintMs).
 */
import { lazy, type ReactNode } from 'react';
import { FollowUpsView } from './follow-ups/FollowUpsView';
import { CompaniesView } from './companies/CompaniesView';
import type { Route, RouteView } from './routes';

const TargetsView = lazy(() => import('./targets/TargetsView').then((m) => ({ default: m.TargetsView })));
const ConnectionsView = lazy(() => import('./connections/ConnectionsView').then((m) => ({ default: m.ConnectionsView })));
const PersonView = lazy(() => import('./person/PersonView').then((m) => ({ default: m.PersonView })));
const MeetingView = lazy(() => import('./meeting/MeetingView').then((m) => ({ default: m.MeetingView })));
const ReferralMapView = lazy(() => import('./referrals/ReferralMapView').then((m) => ({ default: m.ReferralMapView })));
const ResearchView = lazy(() => import('./research/ResearchView').then((m) => ({ default: m.ResearchView })));
const TemplatesView = lazy(() => import('./templates/TemplatesView').then((m) => ({ default: m.TemplatesView })));
const DataView = lazy(() => import('./data/DataView').then((m) => ({ default: m.DataView })));
const CompanyView = lazy(() => import('./companies/CompanyView').then((m) => ({ default: m.CompanyView })));
const ThisPageView = lazy(() => import('./this-page/ThisPageView').then((m) => ({ default: m.ThisPageView })));
const ObjectivesView = lazy(() => import('./objectives/ObjectivesView').then((m) => ({ default: m.ObjectivesView })));
const WelcomeView = lazy(() => import('./welcome/WelcomeView').then((m) => ({ default: m.WelcomeView })));
const SettingsView = lazy(() => import('./settings/SettingsView').then((m) => ({ default: m.SettingsView })));

type RouteOf<V extends RouteView> = Extract<Route, { view: V }>;

export const VIEWS: { [V in RouteView]: (route: RouteOf<V>) => ReactNode } = {
  'follow-ups': () => <FollowUpsView />,
  targets: () => <TargetsView />,
  companies: () => <CompaniesView />,
  'this-page': () => <ThisPageView />,
  connections: () => <ConnectionsView />,
  objectives: () => <ObjectivesView />,
  referrals: () => <ReferralMapView />,
  research: () => <ResearchView />,
  templates: () => <TemplatesView />,
  data: () => <DataView />,
  settings: () => <SettingsView />,
  person: (route) => <PersonView personId={route.personId} />,
  meeting: (route) => <MeetingView meetingId={route.meetingId} />,
  company: (route) => <CompanyView companyKey={route.companyKey} />,
  welcome: () => <WelcomeView />,
};

export function CurrentView({ route }: { route: Route }) {
  const render = VIEWS[route.view] as (route: Route) => ReactNode;
  return <>{render(route)}</>;
}
