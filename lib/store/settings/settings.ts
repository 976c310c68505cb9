import { DEFAULT_SETTINGS } from '@/lib/domain/model/constants';
import type { Settings } from '@/lib/domain/model';
import type { InroadsDb } from '@/lib/store/database';

export const SETTINGS_KEY = 'settings';

/** The schema's whole-number ranges (lib/domain/model/settings.ts; a unit test keeps them equal). */
export const SETTINGS_RANGES = {
  minutes: [5, 120],
  followUpDays: [1, 60],
  keepInTouchDays: [7, 365],
  moveOnAfter: [1, 10],
  hardStopAfter: [1, 10],
} as const satisfies Partial<Record<keyof Settings, readonly [number, number]>>;

/** The schema's text lengths (the same test keeps them equal); forms use them as maxLength. */
export const SETTINGS_TEXT_LIMITS = {
  myName: 300,
  myEmail: 320,
  myPhone: 200,
  signature: 2000,
  targetRole: 500,
  timeZone: 100,
} as const satisfies Partial<Record<keyof Settings, number>>;

const isWeekday = (day: unknown) => Number.isInteger(day) && (day as number) >= 0 && (day as number) <= 6;

function readable(key: string, value: unknown, fallback: unknown): boolean {
  if (key === 'preferredDays') return Array.isArray(value) && value.length <= 7 && value.every(isWeekday);
  const range = (SETTINGS_RANGES as Record<string, readonly [number, number]>)[key];
  if (range) return Number.isInteger(value) && (value as number) >= range[0] && (value as number) <= range[1];
  const limit = (SETTINGS_TEXT_LIMITS as Record<string, number>)[key];
  if (limit) return typeof value === 'string' && value.length <= limit;
  return typeof value === typeof fallback;
}

/**
 * Settings as stored (validated when written: saveSettings, restore), each
 * field falling back to its default when absent, of the wrong type or out of
 * range — so an older or damaged row never costs the user the rest of their
 * settings. Free of zod, so the popup reads settings without loading the schemas.
 */
export function settingsFromStored(stored: unknown): Settings {
  const row = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [key, fallback] of Object.entries(DEFAULT_SETTINGS)) {
    if (Object.hasOwn(row, key) && readable(key, row[key], fallback)) settings[key] = row[key];
  }
  return settings as Settings;
}

/** The user's settings, with defaults for anything not saved yet or unreadable. */
export async function loadSettings(db: InroadsDb): Promise<Settings> {
  return settingsFromStored((await db.meta.get(SETTINGS_KEY))?.value);
}
