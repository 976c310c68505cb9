import { DEFAULT_SETTINGS, Settings } from '../model';
import type { InroadsDb } from './database';

export const SETTINGS_KEY = 'settings';

/** The user's settings, with defaults for anything not saved yet or unreadable. */
export async function loadSettings(db: InroadsDb): Promise<Settings> {
  const row = await db.meta.get(SETTINGS_KEY);
  const parsed = Settings.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

/** Saves a change to the settings; invalid values are rejected, never stored. */
export async function saveSettings(db: InroadsDb, change: Partial<Settings>): Promise<Settings> {
  return db.transaction('rw', db.meta, async () => {
    const next = Settings.parse({ ...(await loadSettings(db)), ...change });
    await db.meta.put({ key: SETTINGS_KEY, value: next });
    return next;
  });
}
