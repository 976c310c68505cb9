/**
 * The numbers behind the progress view, for one objective's list (its
 * people, through the objectiveId index, and their touches and meetings by
 * person) or for every target (one read of each table).
 */
import { Dexie } from 'dexie';
import type { Meeting, ObjectiveRecord, Person, Touch } from '@/lib/domain/model';
import { progressOf, type Progress } from '@/lib/domain/progress/progress';
import type { InroadsDb } from '@/lib/store/database';

const range = (id: string) => [[id, Dexie.minKey], [id, Dexie.maxKey]] as const;

async function historyOf(db: InroadsDb, people: readonly Person[]): Promise<{ touches: Touch[]; meetings: Meeting[] }> {
  const [touches, meetings] = await Promise.all([
    Promise.all(people.map((p) => db.touches.where('[personId+at]').between(...range(p.id)).toArray())),
    Promise.all(people.map((p) => db.meetings.where('[personId+at]').between(...range(p.id)).toArray())),
  ]);
  return { touches: touches.flat(), meetings: meetings.flat() };
}

/** One objective's progress: its people (targets or not) against its goal. */
export async function objectiveProgress(db: InroadsDb, objective: ObjectiveRecord, now: number): Promise<Progress> {
  const people = await db.people.where('objectiveId').equals(objective.id).toArray();
  return progressOf({ people, ...(await historyOf(db, people)), now, goal: objective.goal });
}

/** Progress over every target, whatever their objective. */
export async function overallProgress(db: InroadsDb, now: number): Promise<Progress> {
  return db.transaction('r', db.people, db.touches, db.meetings, async () => {
    const [people, touches, meetings] = await Promise.all([
      db.people.where('kind').equals('target').toArray(),
      db.touches.toArray(),
      db.meetings.toArray(),
    ]);
    return progressOf({ people, touches, meetings, now });
  });
}
