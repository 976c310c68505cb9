// Kept light (no zod): the follow-up list, on the side panel's first paint, filters by objective.
import type { ObjectiveRecord } from '@/lib/domain/model';
import type { InroadsDb } from '@/lib/store/database';

/** Every objective, the open ones first, then by title. */
export async function listObjectives(db: InroadsDb): Promise<ObjectiveRecord[]> {
  const all = await db.objectives.toArray();
  return all.sort((a, b) => Number(a.archived) - Number(b.archived) || a.title.localeCompare(b.title));
}
