/**
 * The user corrects what a page showed (popup and person page alike): the
 * degree ("I know them: 1st") and the introducer (one of their connections,
 * a stored person, or a typed name). One transaction: the person is stored
 * from the profile on screen if they are not yet, the correction is marked
 * as the user's (page reads and imports never overwrite it), and what is
 * owed is recomputed. `null` hands the field back to the page.
 */
import { InroadsError } from '@/lib/domain/errors';
import { Person, type ChosenIntroducer, type Degree, type ProfileSnapshot, type UserField } from '@/lib/domain/model';
import { storable } from '@/lib/store/contract';
import type { InroadsDb } from '@/lib/store/database';
import { historyTables, recomputeNextAction } from '@/lib/store/history/next-action';
import { connectionByUrl } from '@/lib/store/directory/connections';
import { findPersonByUrl, newId } from '@/lib/store/people/people';
import { mergeViewedConnection } from '@/lib/store/people/snapshot-merge';

export interface Correction {
  /** A degree the user knows; null: back to what LinkedIn shows. */
  degree?: Exclude<Degree, 'self'> | null;
  /** Whom to ask for an introduction; null: back to the ranked suggestions. */
  introducer?: ChosenIntroducer | null;
}

export type CorrectionTarget = { personId: string } | { snapshot: ProfileSnapshot };

function marked(fields: readonly UserField[], field: UserField, on: boolean): UserField[] {
  const rest = fields.filter((f) => f !== field);
  return on ? [...rest, field] : rest;
}

function corrected(person: Person, correction: Correction): Person {
  let next: Person = { ...person };
  if (correction.degree) {
    next.degree = correction.degree;
    next.userEdited = marked(next.userEdited, 'degree', true);
  } else if (correction.degree === null && person.userEdited.includes('degree')) {
    // Back to what the page showed last (or what the user's connections say); a degree never corrected stays.
    next.degree = person.seenDegree ?? (person.connectedOn !== undefined ? '1st' : 'unknown');
    next.userEdited = marked(next.userEdited, 'degree', false);
  }
  if (correction.introducer !== undefined) {
    const { introducer: _old, ...rest } = next;
    next = correction.introducer ? { ...rest, introducer: correction.introducer } : rest;
    next.userEdited = marked(next.userEdited, 'introducer', correction.introducer !== null);
  }
  return next;
}

export async function correctPerson(
  db: InroadsDb,
  target: CorrectionTarget,
  correction: Correction,
  now: number,
): Promise<Person> {
  return db.transaction('rw', [...historyTables(db), db.connections], async () => {
    let person: Person | undefined;
    if ('personId' in target) person = await db.people.get(target.personId);
    else {
      const { snapshot } = target;
      if (snapshot.pageKind !== 'profile') throw new InroadsError('correctNotAProfile');
      const [stored, connection] = await Promise.all([
        findPersonByUrl(db, snapshot.url),
        connectionByUrl(db, snapshot.url),
      ]);
      person = stored ?? mergeViewedConnection(undefined, snapshot, connection, now, newId());
    }
    if (!person) throw new InroadsError('storeGonePerson');
    // The same contract the restore enforces: what is written always restores.
    const next = storable(Person, { ...corrected(person, correction), updatedAt: now });
    await db.people.put(next);
    return (await recomputeNextAction(db, next.id, now)) ?? next;
  });
}
