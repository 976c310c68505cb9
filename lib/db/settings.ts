import { DEFAULT_SETTINGS } from '../model/constants';
import type { Settings } from '../model';
import type { InroadsDb } from './database';

export const SETTINGS_KEY = 'settings';

const sameShape = (value: unknown, fallback: unknown): boolean =>
  Array.isArray(fallback)
    ? Array.isArray(value) && value.every((entry) => typeof entry === typeof fallback[0])
    : typeof value === typeof fallback && (typeof value !== 'number' || Number.isFinite(value));

/**
 * Settings as stored (validated when written: saveSettings, restore), each
 * field falling back to its default when absent or of the wrong type — so an
 * older or damaged row never costs the user the rest of their settings. Free
 * of zod, so the popup reads settings without loading the schemas.
 */
export function settingsFromStored(stored: unknown): Settings {
  const row = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [key, fallback] of Object.entries(DEFAULT_SETTINGS)) {
    if (Object.hasOwn(row, key) && sameShape(row[key], fallback)) settings[key] = row[key];
  }
  return settings as Settings;
}

/** The user's settings, with defaults for anything not saved yet or unreadable. */
export async function loadSettings(db: InroadsDb): Promise<Settings> {
  return settingsFromStored((await db.meta.get(SETTINGS_KEY))?.value);
}
