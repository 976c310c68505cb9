import { useEffect, useState } from 'react';
import { parseRoute, routeHref, type Route } from './routes';

export { parseRoute, routeHref, type Route } from './routes';

/** Side-panel views are addressed by the URL hash, so state survives a reload. */
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
