/** fast-check arbitraries for meta rows: the settings record and other JSON values. */
import fc from 'fast-check';
import type { Settings } from '@/lib/domain/model';

const text = (maxLength: number) => fc.string({ unit: 'binary', maxLength: Math.floor(maxLength / 2) });

export const settings: fc.Arbitrary<Settings> = fc.record({
  myName: text(100),
  myEmail: text(100),
  myPhone: text(50),
  signature: text(200),
  targetRole: text(100),
  minutes: fc.integer({ min: 5, max: 120 }),
  followUpDays: fc.integer({ min: 1, max: 60 }),
  preferredDays: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 7 }),
  keepInTouchDays: fc.integer({ min: 7, max: 365 }),
  moveOnAfter: fc.integer({ min: 1, max: 10 }),
  hardStopAfter: fc.integer({ min: 1, max: 10 }),
  badgeEnabled: fc.boolean(),
  quietMode: fc.boolean(),
  dailyNotification: fc.boolean(),
  timeZone: fc.constantFrom('', 'Europe/Paris', 'America/New_York'),
});

export const safeKey = fc.string({ maxLength: 10 }).filter((key) => key !== '__proto__');
export const metaValue = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(safeKey, fc.oneof(fc.string(), fc.integer()), { maxKeys: 3 }),
);
