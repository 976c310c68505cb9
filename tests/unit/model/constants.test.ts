import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../lib/model/constants';
import { Settings } from '../../../lib/model/settings';
import { settingsFromStored } from '../../../lib/db/settings';

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
