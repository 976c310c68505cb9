import type { Objective, Person, ProfileSnapshot, Stage } from '../model';
import type { InroadsDb } from './database';
import { historyTables, recomputeNextAction } from './next-action';
import { findPersonByUrl, newId } from './people';
import { mergeSnapshot } from './snapshot-merge';

export interface NewTarget {
  /** An existing person (a candidate) to promote. */
  personId?: string;
  /** A profile being viewed. */
  snapshot?: ProfileSnapshot;
  /** A profile link (right-click): URL and the link's text. */
  profileUrl?: string;
  name?: string;
  objective?: Objective;
  referredById?: string;
  referrerNameAllowed?: boolean;
}

function blankPerson(id: string, name: string, now: number, profileUrl?: string): Person {
  return { id, name, profileUrl, kind: 'candidate', degree: 'unknown', mutuals: [], notes: '', userEdited: [], createdAt: now, updatedAt: now };
}

/**
 * Makes someone a target (one transaction): promotes a candidate, or creates
 * the person from a snapshot or a link. Adding a person who is already a
 * target keeps their stage and history; a new objective replaces the old one.
 */
export async function addTarget(db: InroadsDb, input: NewTarget, now: number): Promise<Person> {
  return db.transaction('rw', historyTables(db), async () => {
    const url = input.snapshot?.url ?? input.profileUrl;
    let person = input.personId ? await db.people.get(input.personId) : undefined;
    person ??= url ? await findPersonByUrl(db, url) : undefined;
    if (input.snapshot) person = mergeSnapshot(person, input.snapshot, now, newId());
    person ??= blankPerson(newId(), input.name?.trim() || url || 'Unnamed', now, url);
    const stage: Stage = person.kind === 'target' && person.stage ? person.stage : 'to-contact';
    const target: Person = {
      ...person,
      kind: 'target',
      stage,
      targetedAt: person.kind === 'target' ? (person.targetedAt ?? now) : now,
      updatedAt: now,
      ...(input.objective ? { objective: input.objective } : {}),
      ...(input.referredById ? { referredById: input.referredById, referrerNameAllowed: input.referrerNameAllowed ?? false } : {}),
    };
    await db.people.put(target);
    return (await recomputeNextAction(db, target.id, now)) ?? target;
  });
}

/** Changes a target's stage (e.g. moved on), recomputing what is owed. */
export async function setStage(db: InroadsDb, personId: string, stage: Stage, now: number): Promise<void> {
  await db.transaction('rw', historyTables(db), async () => {
    await db.people.update(personId, { stage, updatedAt: now });
    await recomputeNextAction(db, personId, now);
  });
}
