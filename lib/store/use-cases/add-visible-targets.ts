/**
 * "Add as targets" for the people a LinkedIn list page shows (people search,
 * a company's People tab): each becomes a target (as addTarget makes one),
 * on the objective's list when one is picked, with what the row showed
 * (headline, degree, mutual count, and on a company's People tab that
 * company, so the Companies view counts them) filling only what Inroads does not know
 * yet: a profile read or the user's own edit always wins. One transaction.
 */
import { storable } from '@/lib/store/contract';
import { Person } from '@/lib/domain/model';
import type { VisiblePerson } from '@/lib/domain/people-list';
import type { InroadsDb } from '@/lib/store/database';
import { historyTables, recomputeNextAction } from '@/lib/store/history/next-action';
import { addTarget } from './add-target';

export async function addVisibleTargets(
  db: InroadsDb,
  people: readonly VisiblePerson[],
  objectiveId: string | undefined,
  now: number,
): Promise<Person[]> {
  return db.transaction('rw', [...historyTables(db), db.connections, db.objectives], async () => {
    const objective = objectiveId ? await db.objectives.get(objectiveId) : undefined;
    const added: Person[] = [];
    for (const seen of people) {
      const target = await addTarget(db, { profileUrl: seen.profileUrl, name: seen.name }, now);
      const own = (field: 'headline' | 'degree' | 'company') =>
        target.userEdited.includes(field) || target.lastSeenAt !== undefined;
      const next = storable(Person, {
        ...target,
        ...(!own('headline') && !target.headline && seen.headline ? { headline: seen.headline } : {}),
        ...(!own('degree') && target.degree === 'unknown' && seen.degree !== 'unknown' ? { degree: seen.degree } : {}),
        ...(!own('company') && !target.company && seen.company ? { company: seen.company } : {}),
        ...(target.mutualCount === undefined && seen.mutualCount !== undefined ? { mutualCount: seen.mutualCount } : {}),
        ...(objective
          ? {
              objectiveId: objective.id,
              objective: target.objective?.detail.trim() ? target.objective : { kind: objective.kind, detail: objective.title },
            }
          : {}),
        updatedAt: now,
      });
      await db.people.put(next);
      added.push((await recomputeNextAction(db, next.id, now)) ?? next);
    }
    return added;
  });
}

/** Which of these profiles Inroads already has, and whether each is a target. */
export async function trackedByUrl(db: InroadsDb, urls: readonly string[]): Promise<Map<string, Person>> {
  const found = urls.length ? await db.people.where('profileUrl').anyOf([...urls]).toArray() : [];
  return new Map(found.map((p) => [p.profileUrl!, p]));
}
