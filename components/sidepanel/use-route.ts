import { useEffect, useState } from 'react';

/** Side-panel views, addressed by the URL hash so state survives a reload. */
export type Route =
  | { view: 'follow-ups' }
  | { view: 'targets' }
  | { view: 'connections' }
  | { view: 'person'; personId: string }
  | { view: 'meeting'; meetingId: string }
  | { view: 'referrals' }
  | { view: 'research' }
  | { view: 'templates' }
  | { view: 'data' }
  | { view: 'settings' };

export function parseRoute(hash: string): Route {
  const [view = '', id = ''] = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  if (view === 'person' && id) return { view, personId: id };
  if (view === 'meeting' && id) return { view, meetingId: id };
  if (['targets', 'connections', 'referrals', 'research', 'templates', 'data', 'settings'].includes(view)) {
    return { view } as Route;
  }
  return { view: 'follow-ups' };
}

export function routeHref(route: Route): string {
  if (route.view === 'person') return `#/person/${encodeURIComponent(route.personId)}`;
  if (route.view === 'meeting') return `#/meeting/${encodeURIComponent(route.meetingId)}`;
  return `#/${route.view}`;
}

export function navigate(route: Route): void {
  location.hash = routeHref(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
