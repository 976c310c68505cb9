/**
 * Objectives: what the user wants to learn (an industry, a company, a role),
 * each grouping target companies and people, with a goal of how many people
 * to start with (the method's "about five"). People join one through
 * `objectiveId`; their own objective (kind and detail, used by drafts)
 * follows the list they join.
 */
import { storable } from '@/lib/store/contract';
import { InroadsError } from '@/lib/domain/errors';
import { ObjectiveRecord, Person, type ObjectiveKind } from '@/lib/domain/model';
import type { InroadsDb } from '@/lib/store/database';
import { newId } from '@/lib/store/people/people';

export interface ObjectiveInput {
  kind: ObjectiveKind;
  title: string;
  goal?: number;
}

export async function createObjective(db: InroadsDb, input: ObjectiveInput, now: number): Promise<ObjectiveRecord> {
  const title = input.title.trim();
  if (!title) throw new InroadsError('objectivesErrorNoTitle');
  const objective = storable(ObjectiveRecord, { ...input, title, id: newId(), createdAt: now, updatedAt: now });
  await db.objectives.add(objective);
  return objective;
}

export type ObjectiveChange = Partial<Pick<ObjectiveRecord, 'kind' | 'title' | 'goal' | 'archived'>>;

export async function updateObjective(
  db: InroadsDb,
  id: string,
  change: ObjectiveChange,
  now: number,
): Promise<ObjectiveRecord> {
  return db.transaction('rw', db.objectives, async () => {
    const stored = await db.objectives.get(id);
    if (!stored) throw new InroadsError('objectivesErrorGone');
    const next = storable(ObjectiveRecord, { ...stored, ...change, title: change.title?.trim() || stored.title, updatedAt: now });
    await db.objectives.put(next);
    return next;
  });
}

/**
 * Puts people on an objective's list (or takes them off with `null`): each
 * becomes a target of it, and their own objective (kind and detail, what
 * drafts say they want to learn) follows it unless they had one of their own.
 */
export async function assignObjective(
  db: InroadsDb,
  personIds: readonly string[],
  objectiveId: string | null,
  now: number,
): Promise<void> {
  await db.transaction('rw', db.people, db.objectives, async () => {
    const objective = objectiveId ? await db.objectives.get(objectiveId) : undefined;
    if (objectiveId && !objective) throw new InroadsError('objectivesErrorGone');
    const people = (await db.people.bulkGet([...personIds])).filter((p) => p !== undefined);
    const changed = people.map((person) => {
      const { objectiveId: _old, ...rest } = person;
      if (!objective) return storable(Person, { ...rest, updatedAt: now });
      const own = person.objective && person.objective.detail.trim() !== '';
      return storable(Person, {
        ...rest,
        objectiveId: objective.id,
        ...(own ? {} : { objective: { kind: objective.kind, detail: objective.title } }),
        updatedAt: now,
      });
    });
    await db.people.bulkPut(changed);
  });
}
