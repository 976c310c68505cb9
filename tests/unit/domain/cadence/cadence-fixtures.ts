/** Builders for the cadence tests. Dates are written with explicit offsets, so no test depends on process.env.TZ. */
import type { CadenceInput } from '@/lib/domain/cadence/cadence';
import { DEFAULT_SETTINGS } from '@/lib/domain/model/constants';
import type { Settings } from '@/lib/domain/model/settings';
import type { Person } from '@/lib/domain/model/person';
import type { Touch, TouchKind } from '@/lib/domain/model/touch';
import type { Meeting } from '@/lib/domain/model/meeting';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** Epoch ms of an ISO date with its offset, e.g. at('2026-03-03T10:00:00+01:00'). */
export function at(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`bad date ${iso}`);
  return ms;
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

export function settings(overrides: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, timeZone: 'Europe/Paris', ...overrides };
}

export function person(overrides: Partial<Person> = {}): Person {
  return {
    id: 'p1',
    kind: 'target',
    stage: 'requested',
    name: 'Ada Lovelace',
    degree: '2nd',
    mutuals: [],
    notes: '',
    userEdited: [],
    createdAt: at('2026-01-01T09:00:00Z'),
    updatedAt: at('2026-01-01T09:00:00Z'),
    ...overrides,
  };
}

let touchSeq = 0;
export function touch(kind: TouchKind, when: number, overrides: Partial<Touch> = {}): Touch {
  touchSeq += 1;
  return {
    id: `t${touchSeq}`,
    personId: 'p1',
    kind,
    at: when,
    channel: kind === 'voicemail' || kind === 'call' ? 'phone' : 'email',
    createdAt: when,
    ...overrides,
  };
}

export function meeting(when: number, overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: 'm1',
    personId: 'p1',
    at: when,
    minutes: 20,
    mode: 'in-person',
    status: 'scheduled',
    questions: [],
    notes: '',
    referrals: [],
    createdAt: when - 5 * DAY,
    updatedAt: when - 5 * DAY,
    ...overrides,
  };
}

export function input(overrides: Partial<CadenceInput> & { now: number }): CadenceInput {
  return { person: person(), touches: [], meetings: [], settings: settings(), ...overrides };
}
