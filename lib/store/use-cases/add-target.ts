import { Person, type Connection, type Objective, type ProfileSnapshot, type Stage } from '@/lib/domain/model';
import { storable } from '@/lib/store/contract';
import { personFromConnection } from '@/lib/domain/directory/plan';
import { newCandidate } from '@/lib/domain/model/new-person';
import { connectionByUrl, personOfConnection } from '@/lib/store/directory/connections';
import type { InroadsDb } from '@/lib/store/database';
import { historyTables, recomputeNextAction } from '@/lib/store/history/next-action';
import { findPersonByUrl, newId } from '@/lib/store/people/people';
import { mergeViewedConnection, withConnection } from '@/lib/store/people/snapshot-merge';

export interface NewTarget {
  /** An existing person (a candidate) to promote. */
  personId?: string;
  /** A profile being viewed. */
  snapshot?: ProfileSnapshot;
  /** A profile link (right-click): URL and the link's text. */
  profileUrl?: string;
  name?: string;
  /** A connection from the contact directory (Connections.csv). */
  connection?: Connection;
  objective?: Objective;
  referredById?: string;
  referrerNameAllowed?: boolean;
}

/**
 * Makes someone a target (one transaction): promotes a candidate, or creates
 * the person from a snapshot, a link or a connection (a known connection
 * brings their connected-on date and details along). Adding a person who is already a
 * target keeps their stage and history; a new objective replaces the old one.
 */
export async function addTarget(db: InroadsDb, input: NewTarget, now: number): Promise<Person> {
  return db.transaction('rw', [...historyTables(db), db.connections], async () => {
    const url = input.snapshot?.url ?? input.profileUrl ?? input.connection?.profileUrl;
    let person = input.personId ? await db.people.get(input.personId) : undefined;
    person ??= url ? await findPersonByUrl(db, url) : undefined;
    person ??= input.connection ? await personOfConnection(db, input.connection) : undefined;
    const connection = input.connection ?? (await connectionByUrl(db, person?.profileUrl ?? url));
    if (input.snapshot) person = mergeViewedConnection(person, input.snapshot, connection, now, newId());
    else if (connection)
      person = person ? withConnection(person, connection, now) : personFromConnection(connection, now, newId());
    person ??= { ...newCandidate(newId(), input.name?.trim() || url || 'Unnamed', now), profileUrl: url };
    const stage: Stage = person.kind === 'target' && person.stage ? person.stage : 'to-contact';
    // The same contract the restore enforces: an objective or name too long is refused in words.
    const target = storable(Person, {
      ...person,
      kind: 'target',
      stage,
      targetedAt: person.kind === 'target' ? (person.targetedAt ?? now) : now,
      updatedAt: now,
      ...(input.objective ? { objective: input.objective } : {}),
      ...(input.referredById
        ? { referredById: input.referredById, referrerNameAllowed: input.referrerNameAllowed ?? false }
        : {}),
    } satisfies Person);
    await db.people.put(target);
    return (await recomputeNextAction(db, target.id, now)) ?? target;
  });
}
