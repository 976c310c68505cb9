/**
 * Writing one chunk of a Connections.csv import (inside the caller's
 * transaction). A person changed or added by another writer since the plan
 * was made (a profile visit in the background) has their row planned again
 * against what is stored now, so nothing written meanwhile is overwritten.
 */
import { Dexie } from 'dexie';
import type { Person } from '../model';
import { t } from '../i18n';
import { planConnectionsImport, type ConnectionRow, type SkippedLine } from '../io';
import type { InroadsDb } from './database';
import { recomputeNextAction } from './next-action';
import { newId } from './people';
import type { RowFinder } from './import-rows';

export interface ChunkCounts {
  added: number;
  updated: number;
  unchanged: number;
  skipped: SkippedLine[];
}

/** Plans one row again against what is stored now and writes the outcome. */
async function replan(
  db: InroadsDb,
  row: ConnectionRow | undefined,
  current: Person | undefined,
  now: number,
  counts: ChunkCounts,
) {
  if (!row) return;
  const plan = planConnectionsImport([row], current ? [current] : [], now, newId);
  const person = plan.update[0] ?? plan.add[0];
  if (plan.skipped[0]) counts.skipped.push(plan.skipped[0]);
  else if (!person) counts.unchanged++;
  else if (plan.add[0] && current) counts.skipped.push({ line: row.line, reason: t('importSkipChanged') });
  else {
    await db.people.put(person);
    if (plan.add[0]) counts.added++;
    else counts.updated++;
  }
}

export async function writeUpdated(
  db: InroadsDb,
  people: Person[],
  before: ReadonlyMap<string, number>,
  finder: RowFinder,
  now: number,
): Promise<ChunkCounts> {
  const counts: ChunkCounts = { added: 0, updated: 0, unchanged: 0, skipped: [] };
  const current = await db.people.bulkGet(people.map((p) => p.id));
  const ready: Person[] = [];
  for (const [i, person] of people.entries()) {
    const stored = current[i];
    if (stored && stored.updatedAt === before.get(person.id)) ready.push(person);
    else if (stored) await replan(db, finder.rowFor(person), stored, now, counts);
    else
      counts.skipped.push({
        line: finder.rowFor(person)?.line ?? 0,
        reason: t('importSkipDeleted', person.name),
      });
  }
  await db.people.bulkPut(ready);
  counts.updated += ready.length;
  // A target's approach depends on the degree: what is owed next may change.
  for (const person of ready) if (person.kind === 'target') await recomputeNextAction(db, person.id, now);
  return counts;
}

export async function writeAdded(
  db: InroadsDb,
  people: Person[],
  finder: RowFinder,
  now: number,
): Promise<ChunkCounts> {
  const counts: ChunkCounts = { added: people.length, updated: 0, unchanged: 0, skipped: [] };
  try {
    await db.people.bulkAdd(people);
  } catch (error) {
    if (!(error instanceof Dexie.BulkError)) throw error;
    // Someone with the same profile was stored while importing: merge the row into them.
    for (const index of Object.keys(error.failuresByPos).map(Number)) {
      const person = people[index];
      if (!person) continue;
      counts.added--;
      const stored = person.profileUrl
        ? await db.people.where('profileUrl').equals(person.profileUrl).first()
        : undefined;
      await replan(db, finder.rowFor(person), stored, now, counts);
    }
  }
  return counts;
}
