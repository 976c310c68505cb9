import { Settings } from '@/lib/domain/model/settings';
import { storable } from '@/lib/store/contract';
import type { InroadsDb } from '@/lib/store/database';
import { loadSettings, SETTINGS_KEY } from './settings';

/** Saves a change to the settings; invalid values are rejected, never stored. */
export async function saveSettings(db: InroadsDb, change: Partial<Settings>): Promise<Settings> {
  return db.transaction('rw', db.meta, async () => {
    const next = storable(Settings, { ...(await loadSettings(db)), ...change });
    await db.meta.put({ key: SETTINGS_KEY, value: next });
    return next;
  });
}
