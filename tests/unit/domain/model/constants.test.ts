import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/domain/model/constants';
import { Settings } from '@/lib/domain/model/settings';
import { SETTINGS_RANGES, SETTINGS_TEXT_LIMITS, settingsFromStored } from '@/lib/store/settings/settings';

describe('model constants (zod-free)', () => {
  it('DEFAULT_SETTINGS is exactly what the settings schema gives for an empty record', () => {
    expect(DEFAULT_SETTINGS).toEqual(Settings.parse({}));
  });
});

describe('settingsFromStored', () => {
  it('gives the defaults for nothing stored, or for something that is not a record', () => {
    for (const stored of [undefined, null, 'x', 42, []]) expect(settingsFromStored(stored)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps every stored field of the right type', () => {
    const saved = Settings.parse({ myName: 'Maya', minutes: 15, preferredDays: [1, 5], badgeEnabled: false, timeZone: 'Europe/Paris' });
    expect(settingsFromStored(saved)).toEqual(saved);
  });

  it('falls back per field when one is missing or of the wrong type, keeping the rest', () => {
    const settings = settingsFromStored({ myName: 'Maya', minutes: '15', preferredDays: ['tue'], followUpDays: Number.NaN });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, myName: 'Maya' });
  });

  it('drops keys the settings do not have, and never reads inherited ones', () => {
    const stored = Object.assign(Object.create({ myName: 'inherited' }) as object, { surprise: true });
    expect(settingsFromStored(stored)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('the zod-free settings read keeps to the schema', () => {
  it('has the schema’s ranges and text lengths', () => {
    for (const [key, [min, max]] of Object.entries(SETTINGS_RANGES)) {
      expect(Settings.safeParse({ [key]: min }).success, `${key} ${min}`).toBe(true);
      expect(Settings.safeParse({ [key]: max }).success, `${key} ${max}`).toBe(true);
      expect(Settings.safeParse({ [key]: min - 1 }).success, `${key} ${min - 1}`).toBe(false);
      expect(Settings.safeParse({ [key]: max + 1 }).success, `${key} ${max + 1}`).toBe(false);
    }
    for (const [key, limit] of Object.entries(SETTINGS_TEXT_LIMITS)) {
      expect(Settings.safeParse({ [key]: 'x'.repeat(limit) }).success, key).toBe(true);
      expect(Settings.safeParse({ [key]: 'x'.repeat(limit + 1) }).success, key).toBe(false);
    }
  });

  it('gives only what the schema accepts, field by field, for damaged rows', () => {
    const damaged = {
      minutes: 0,
      followUpDays: 2.5,
      keepInTouchDays: -3,
      hardStopAfter: 11,
      preferredDays: [2, 9],
      myName: 'x'.repeat(301),
      signature: 'Best, Alex',
    };
    const settings = settingsFromStored(damaged);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, signature: 'Best, Alex' });
    expect(Settings.safeParse(settings).success).toBe(true);
  });
});
