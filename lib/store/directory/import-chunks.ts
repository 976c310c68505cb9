/**
 * Writing the people a Connections.csv import updates (inside the caller's
 * transaction). A person changed or added by another writer since the plan
 * was made (a profile visit in the background) has their row planned again
 * against what is stored now, so nothing written meanwhile is overwritten.
 */
import { Person } from '@/lib/domain/model';
import { storable } from '@/lib/store/contract';
import { mergeConnection } from '@/lib/domain/directory/plan';
import type { InroadsDb } from '@/lib/store/database';
import { recomputeNextAction } from '@/lib/store/history/next-action';
import type { RowFinder } from './import-rows';

/** Merges a person's row into what is stored now; whether it changed them. */
async function mergeAgain(db: InroadsDb, person: Person, finder: RowFinder, now: number): Promise<boolean> {
  const row = finder.rowFor(person);
  const merged = row ? mergeConnection(person, row, now) : null;
  if (!merged) return false;
  const next = storable(Person, merged);
  await db.people.put(next);
  // A target's approach depends on the degree: what is owed next may change.
  if (next.kind === 'target') await recomputeNextAction(db, next.id, now);
  return true;
}

export async function writeUpdated(
  db: InroadsDb,
  people: Person[],
  before: ReadonlyMap<string, number>,
  finder: RowFinder,
  now: number,
): Promise<{ ids: string[] }> {
  const written = { ids: [] as string[] };
  const current = await db.people.bulkGet(people.map((p) => p.id));
  const ready: Person[] = [];
  for (const [i, person] of people.entries()) {
    const stored = current[i];
    if (stored && stored.updatedAt === before.get(person.id)) ready.push(storable(Person, person));
    // Someone deleted meanwhile stays deleted: their connection still goes to the directory.
    else if (stored && (await mergeAgain(db, stored, finder, now))) written.ids.push(stored.id);
  }
  await db.people.bulkPut(ready);
  written.ids.push(...ready.map((person) => person.id));
  for (const person of ready) if (person.kind === 'target') await recomputeNextAction(db, person.id, now);
  return written;
}

/** People stored since the plan (not in `known`) that a row of the file matches: merged; their ids. */
export async function mergeLatePeople(
  db: InroadsDb,
  known: ReadonlySet<string>,
  finder: RowFinder,
  now: number,
): Promise<string[]> {
  const ids = (await db.people.toCollection().primaryKeys()).filter((id) => !known.has(id));
  const late = (await db.people.bulkGet(ids)).filter(
    (person): person is Person => !!person && finder.couldMatch(person),
  );
  const merged: string[] = [];
  for (const person of late) if (await mergeAgain(db, person, finder, now)) merged.push(person.id);
  return merged;
}
