import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/domain/model';
import {
  cadenceChanged,
  cadenceFormOf,
  parseCadenceForm,
  type CadenceForm,
} from '@/lib/domain/cadence/settings';
import { isValidTimeZone } from '@/lib/domain/cadence/calling-days';

const form = (change: Partial<CadenceForm> = {}): CadenceForm => ({ ...cadenceFormOf(DEFAULT_SETTINGS), ...change });

describe('parseCadenceForm', () => {
  it('turns the defaults back into the same settings', () => {
    expect(parseCadenceForm(form(), isValidTimeZone)).toEqual({
      ok: true,
      change: {
        followUpDays: 7,
        preferredDays: [2, 3, 4],
        keepInTouchDays: 60,
        moveOnAfter: 3,
        hardStopAfter: 5,
        timeZone: '',
      },
    });
  });

  it('reads numbers, sorts and de-duplicates calling days, trims the zone', () => {
    const parsed = parseCadenceForm(
      form({ followUpDays: ' 10 ', preferredDays: [4, 1, 4], timeZone: ' Europe/Paris ' }),
      isValidTimeZone,
    );
    expect(parsed).toMatchObject({
      ok: true,
      change: { followUpDays: 10, preferredDays: [1, 4], timeZone: 'Europe/Paris' },
    });
  });

  it('rejects numbers out of the schema’s range, with the range in the message', () => {
    const parsed = parseCadenceForm(form({ followUpDays: '0', keepInTouchDays: '400' }), isValidTimeZone);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.followUpDays).toBe('Follow-up days: enter a whole number from 1 to 60.');
    expect(parsed.errors.keepInTouchDays).toBe('Keep-in-touch days: enter a whole number from 7 to 365.');
  });

  it('rejects empty, fractional and non-numeric input', () => {
    for (const bad of ['', '2.5', 'abc', '1e2']) {
      const parsed = parseCadenceForm(form({ moveOnAfter: bad }), isValidTimeZone);
      expect(parsed.ok, bad).toBe(false);
      if (!parsed.ok) expect(parsed.errors.moveOnAfter).toMatch(/whole number from 1 to 10/);
    }
  });

  it('needs at least one calling day, a known zone, and the hard stop at or after moving on', () => {
    const parsed = parseCadenceForm(
      form({ preferredDays: [], timeZone: 'Mars/Olympus', moveOnAfter: '4', hardStopAfter: '3' }),
      isValidTimeZone,
    );
    expect(parsed).toEqual({
      ok: false,
      errors: {
        preferredDays: 'Pick at least one calling day.',
        timeZone: 'That time zone is not known.',
        hardStopAfter: 'The hard stop must come at or after moving on.',
      },
    });
    expect(parseCadenceForm(form({ moveOnAfter: '4', hardStopAfter: '4' }), isValidTimeZone).ok).toBe(true);
  });
});

describe('cadenceChanged', () => {
  it('is true only when a cadence setting changed', () => {
    expect(cadenceChanged(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, myName: 'Sam' })).toBe(false);
    expect(cadenceChanged(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, badgeEnabled: false })).toBe(false);
    expect(cadenceChanged(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, preferredDays: [2, 3] })).toBe(true);
    expect(cadenceChanged(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, timeZone: 'UTC' })).toBe(true);
    expect(cadenceChanged(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, hardStopAfter: 6 })).toBe(true);
  });
});
