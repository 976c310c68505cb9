/**
 * The side panel's views, in one table: the URL hash each is addressed by
 * (`#/person/<id>`), its tab (if it has one), in tab order. parseRoute,
 * routeHref and the tab bar read this table; views.tsx maps each view to its
 * component (a missing one fails the typecheck).
 */
import type { MessageKey } from '@/lib/domain/i18n';

export const ROUTES = {
  'follow-ups': { tab: 'navFollowUps' },
  targets: { tab: 'navTargets' },
  companies: { tab: 'navCompanies' },
  'this-page': { tab: 'navThisPage' },
  connections: { tab: 'navConnections' },
  objectives: { tab: 'navObjectives' },
  referrals: { tab: 'navReferrals' },
  research: { tab: 'navResearch' },
  templates: { tab: 'navTemplates' },
  data: { tab: 'navData' },
  settings: { tab: 'navSettings' },
  person: { param: 'personId' },
  meeting: { param: 'meetingId' },
  company: { param: 'companyKey' },
  // Opened once, on install: no tab.
  welcome: { page: true },
} as const satisfies Record<string, { tab: MessageKey } | { param: string } | { page: true }>;

type Table = typeof ROUTES;
export type RouteView = keyof Table;
type ParamOf<V extends RouteView> = Table[V] extends { param: infer P extends string } ? P : never;

/** A view with its parameter: { view: 'person', personId }. */
export type Route = {
  [V in RouteView]: ParamOf<V> extends never ? { view: V } : { view: V } & Record<ParamOf<V>, string>;
}[RouteView];

export const HOME: Route = { view: 'follow-ups' };

const isView = (name: string): name is RouteView => Object.hasOwn(ROUTES, name);
const paramOf = (view: RouteView): string | undefined => (ROUTES[view] as { param?: string }).param;

/** The route a URL hash names; anything else is the home view. */
export function parseRoute(hash: string): Route {
  const [view = '', id = ''] = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  if (!isView(view)) return HOME;
  const param = paramOf(view);
  if (!param) return { view } as Route;
  return id ? ({ view, [param]: id } as Route) : HOME;
}

export function routeHref(route: Route): string {
  const param = paramOf(route.view);
  const id = param ? (route as unknown as Record<string, string>)[param] : undefined;
  return id === undefined ? `#/${route.view}` : `#/${route.view}/${encodeURIComponent(id)}`;
}

/** The tabs, in order: every view that has one. */
export const TABS: ReadonlyArray<{ route: Route; label: MessageKey }> = Object.entries(ROUTES).flatMap(
  ([view, entry]) => ('tab' in entry ? [{ route: { view } as Route, label: entry.tab }] : []),
);
