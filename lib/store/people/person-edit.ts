import { InroadsError } from '@/lib/domain/errors';
import { Person, type Objective, type Stage, type UserField } from '@/lib/domain/model';
import { EDITABLE_FIELDS } from '@/lib/domain/model/constants';
import { storable } from '@/lib/store/contract';
import type { InroadsDb } from '@/lib/store/database';
import { conflictsOf, EditConflict } from '@/lib/store/edit-conflict';
import { historyTables, recomputeNextAction } from '@/lib/store/history/next-action';

export interface PersonChange {
  name?: string;
  headline?: string;
  company?: string;
  location?: string;
  email?: string;
  phone?: string;
  notes?: string;
  stage?: Stage;
  objective?: Objective;
}

/** For each field of a change, the value the form started from (as stored: absent or a text). */
export type PersonExpected = { [K in keyof PersonChange]?: Person[K] | string };

/**
 * Saves the user's edits (one transaction): only the fields in `change`,
 * validated with the schema restore enforces. With `expected`, a field stored
 * otherwise meanwhile throws an EditConflict and nothing is written. Edited
 * profile fields are remembered so later page views never overwrite them.
 */
export async function updatePerson(
  db: InroadsDb,
  personId: string,
  change: PersonChange,
  now: number,
  expected?: PersonExpected,
): Promise<Person> {
  return db.transaction('rw', historyTables(db), async () => {
    const person = await db.people.get(personId);
    if (!person) throw new InroadsError('storeGonePerson');
    const conflicts = conflictsOf(person, expected);
    if (conflicts.length > 0) throw new EditConflict(conflicts);
    const edited = new Set<UserField>(person.userEdited);
    for (const field of EDITABLE_FIELDS) {
      if (change[field] !== undefined && change[field] !== person[field]) edited.add(field);
    }
    const name = change.name?.trim();
    const next = storable(Person, {
      ...person,
      ...change,
      name: name || person.name,
      userEdited: [...edited],
      updatedAt: now,
    });
    await db.people.put(next);
    return (await recomputeNextAction(db, personId, now)) ?? next;
  });
}

/** Changes some of a stored person's fields, validated, inside the caller's transaction; the person or undefined. */
export async function patchPerson(
  db: InroadsDb,
  personId: string,
  patch: Partial<Person>,
): Promise<Person | undefined> {
  const person = await db.people.get(personId);
  if (!person) return undefined;
  const next = storable(Person, { ...person, ...patch });
  await db.people.put(next);
  return next;
}

/**
 * Deletes a person with their touches and meetings (one transaction). People
 * they referred keep the referrer's name as a note, and so do people who chose
 * them as introducer and introduction requests made through them; clips about
 * them stay, unattached. What those people are owed is recomputed (a referral
 * pitch held for a check-back with the person deleted is held no longer).
 */
export async function deletePerson(db: InroadsDb, personId: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', [...historyTables(db), db.clips], async () => {
    const person = await db.people.get(personId);
    if (!person) return;
    const touched = new Set(await db.people.where('referredById').equals(personId).primaryKeys());
    await db.touches.where('[personId+at]').between([personId, -Infinity], [personId, Infinity]).delete();
    await db.meetings.where('[personId+at]').between([personId, -Infinity], [personId, Infinity]).delete();
    await db.people
      .where('referredById')
      .equals(personId)
      .modify((referred) => {
        delete referred.referredById;
        referred.referredByName = person.name;
      });
    await db.clips
      .where('personId')
      .equals(personId)
      .modify((clip) => {
        delete clip.personId;
      });
    // Whoever chose them as introducer, or asked them for an introduction, keeps their name.
    await db.people
      .filter((other) => other.introducer?.personId === personId)
      .modify((other) => {
        delete other.introducer!.personId;
      });
    await db.touches
      .filter((touch) => touch.introducerId === personId)
      .modify((touch) => {
        touched.add(touch.personId);
        delete touch.introducerId;
        touch.appNote ??= { code: 'introducer', params: [person.name.slice(0, 300)] };
      });
    await db.people.delete(personId);
    touched.delete(personId);
    for (const id of touched) await recomputeNextAction(db, id, now);
  });
}

/** What a snooze did: hid the row until a date, or nothing because it is already due later. */
export type SnoozeOutcome = { snoozed: true; until: number } | { snoozed: false; due: number };

/**
 * Snoozes what is owed until a date (the follow-up list's "snooze"). A row
 * already due on or after that date is left as it is, and the outcome says so.
 */
export async function snoozePerson(
  db: InroadsDb,
  personId: string,
  until: number,
  now: number,
): Promise<SnoozeOutcome> {
  return db.transaction('rw', historyTables(db), async () => {
    const person = await db.people.get(personId);
    if (!person) throw new InroadsError('storeGonePerson');
    const due = person.nextAction?.due;
    if (due !== undefined && due >= until) return { snoozed: false, due };
    if (!(await patchPerson(db, personId, { snoozedUntil: until, updatedAt: now })))
      throw new InroadsError('storeGonePerson');
    await recomputeNextAction(db, personId, now);
    return { snoozed: true, until };
  });
}

/** Changes a target's stage (e.g. moved on), recomputing what is owed. */
export async function setStage(db: InroadsDb, personId: string, stage: Stage, now: number): Promise<void> {
  await db.transaction('rw', historyTables(db), async () => {
    if (!(await patchPerson(db, personId, { stage, updatedAt: now }))) throw new InroadsError('storeGonePerson');
    await recomputeNextAction(db, personId, now);
  });
}
