/**
 * Dates older versions stored outside what Inroads stores now (limits.ts:
 * 1990–2200): a meeting typed in year 20245, a `1e16` that no Date can show.
 * Such a date broke the views and the exports, and makes a backup refused;
 * the schema-v5 upgrade and the backup 3 → 4 upgrade repair them alike:
 *
 * - an optional date (a snooze, a promised follow-up, a connected-on day…)
 *   is left out, and a next action due then is dropped (it is recomputed);
 * - when something happened (a touch's or a meeting's `at`) becomes when it
 *   was recorded (`createdAt`), else `fallback`;
 * - when a row was recorded or updated becomes `fallback` (the upgrade's time,
 *   or the backup file's date).
 *
 * Pure and lenient: rows arrive unvalidated; only numbers are repaired (junk
 * of another type stays, for validation to refuse in words). Each function
 * returns the same object when nothing changes.
 */
import { isStorableDate } from './limits';

type Row = Record<string, unknown>;

const badNumber = (value: unknown) => typeof value === 'number' && !isStorableDate(value);

function repaired<T extends Row>(
  row: T,
  optional: readonly string[],
  required: readonly string[],
  fallbackOf: (field: string, row: Row) => number,
): T {
  if (!optional.some((f) => badNumber(row[f])) && !required.some((f) => badNumber(row[f]))) return row;
  const next: Row = { ...row };
  for (const field of optional) if (badNumber(next[field])) delete next[field];
  for (const field of required) if (badNumber(next[field])) next[field] = fallbackOf(field, row);
  return next as T;
}

/** `createdAt` when it is a storable date, else the fallback. */
const recordedOr = (row: Row, fallback: number) => (isStorableDate(row.createdAt) ? row.createdAt : fallback);

export function repairPersonDates<T extends Row>(person: T, fallback: number): T {
  const next = person.nextAction as Row | undefined;
  const dropAction = typeof next === 'object' && next !== null && badNumber(next.due);
  const base: Row = dropAction ? withoutKeys(person, ['nextAction', 'nextActionAt']) : person;
  const optional = ['connectedOn', 'nextActionAt', 'snoozedUntil', 'targetedAt', 'lastSeenAt'];
  const fixed = repaired(base, optional, ['createdAt', 'updatedAt'], () => fallback);
  return (fixed === base && !dropAction ? person : fixed) as T;
}

export function repairTouchDates<T extends Row>(touch: T, fallback: number): T {
  return repaired(touch, ['promisedFollowUpAt'], ['at', 'createdAt'], (field, row) =>
    field === 'at' ? recordedOr(row, fallback) : fallback,
  );
}

export function repairMeetingDates<T extends Row>(meeting: T, fallback: number): T {
  const referrals = meeting.referrals;
  const badReferral = (r: unknown) => typeof r === 'object' && r !== null && badNumber((r as Row).checkBackAt);
  const base: Row =
    Array.isArray(referrals) && referrals.some(badReferral)
      ? { ...meeting, referrals: referrals.map((r: unknown) => (badReferral(r) ? withoutKeys(r as Row, ['checkBackAt']) : r)) }
      : meeting;
  const fixed = repaired(base, ['notesWrittenAt'], ['at', 'createdAt', 'updatedAt'], (field, row) =>
    field === 'at' ? recordedOr(row, fallback) : fallback,
  );
  return fixed as T;
}

export function repairClipDates<T extends Row>(clip: T, fallback: number): T {
  return repaired(clip, [], ['savedAt'], () => fallback);
}

export function repairConnectionDates<T extends Row>(connection: T): T {
  return repaired(connection, ['connectedOn'], [], () => 0);
}

function withoutKeys(row: Row, keys: readonly string[]): Row {
  const next = { ...row };
  for (const key of keys) delete next[key];
  return next;
}
