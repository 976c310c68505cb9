import { Dexie } from 'dexie';
import { computeNextAction, referralCheckBack } from '@/lib/domain/cadence/cadence';
import type { Meeting, Person, Touch } from '@/lib/domain/model';
import { isStorableDate } from '@/lib/domain/model/limits';
import type { InroadsDb } from '@/lib/store/database';
import { loadSettings } from '@/lib/store/settings/settings';

export function touchesOf(db: InroadsDb, personId: string): Promise<Touch[]> {
  return db.touches.where('[personId+at]').between([personId, Dexie.minKey], [personId, Dexie.maxKey]).toArray();
}

export function meetingsOf(db: InroadsDb, personId: string): Promise<Meeting[]> {
  return db.meetings.where('[personId+at]').between([personId, Dexie.minKey], [personId, Dexie.maxKey]).toArray();
}

/**
 * Stores the next action on the person (and its indexed date), or clears it.
 * One due beyond the dates Inroads stores (history dated near 2200) is left out.
 */
export function withNextAction(person: Person, next: Person['nextAction']): Person {
  const { nextAction: _a, nextActionAt: _b, ...rest } = person;
  return next && isStorableDate(next.due) ? { ...rest, nextAction: next, nextActionAt: next.due } : rest;
}

/**
 * Recomputes a person's next action from their whole history. Call inside the
 * same read-write transaction as the change (people, touches, meetings, meta).
 */
export async function recomputeNextAction(db: InroadsDb, personId: string, now: number): Promise<Person | undefined> {
  const person = await db.people.get(personId);
  if (!person) return undefined;
  const [touches, meetings, settings] = await Promise.all([
    touchesOf(db, personId),
    meetingsOf(db, personId),
    loadSettings(db),
  ]);
  const introducerId = touches.find((t) => t.introducerId)?.introducerId;
  const referrer = person.referredById ? await db.people.get(person.referredById) : undefined;
  const introducer = introducerId ? await db.people.get(introducerId) : undefined;
  const { referral, checkedBack } = referrer
    ? referralCheckBack(await meetingsOf(db, referrer.id), await touchesOf(db, referrer.id), personId)
    : { referral: undefined, checkedBack: false };
  const next = computeNextAction({
    person,
    touches,
    meetings,
    settings,
    now,
    // The introducer of an introduction request first (they made the introduction), else the referrer.
    introducerName: introducer?.name ?? referrer?.name ?? person.referredByName,
    referral,
    referralCheckedBack: checkedBack,
  });
  const updated = withNextAction(person, next);
  await db.people.put(updated);
  return updated;
}

/**
 * Recomputes what the people `referrerId` referred are owed: a pitch held for a check-back
 * with the referrer depends on the referrer's touches. Inside the caller's transaction.
 */
export async function recomputeReferredBy(db: InroadsDb, referrerId: string, now: number): Promise<void> {
  const referred = await db.people.where('referredById').equals(referrerId).primaryKeys();
  for (const id of referred) await recomputeNextAction(db, id, now);
}

/** The tables a change that recomputes next actions must lock. */
export const historyTables = (db: InroadsDb) => [db.people, db.touches, db.meetings, db.meta];
