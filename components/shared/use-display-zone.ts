import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/store';
import { loadSettings } from '@/lib/store/settings/settings';
import { setDisplayTimeZone } from './labels';

/**
 * Reads the time zone chosen in Settings (live: a change shows at once) and
 * makes it the zone every date below the page's root is shown and typed in.
 * Whether it is known yet: render dates only once it is.
 */
export function useDisplayZone(): boolean {
  const timeZone = useLiveQuery(async () => (await loadSettings(getDb())).timeZone, []);
  // Set while rendering, before the children that format dates render.
  if (timeZone !== undefined) setDisplayTimeZone(timeZone);
  return timeZone !== undefined;
}
