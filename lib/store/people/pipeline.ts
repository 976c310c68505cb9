import type { Stage } from '@/lib/domain/model';
import { STAGES } from '@/lib/domain/model/constants';
import type { InroadsDb } from '@/lib/store/database';

export type PipelineCounts = Record<Stage, number>;

/**
 * How many targets stand at each stage, counted on the `stage` index (one
 * key-range count per stage, no rows loaded: cheap at 10,000 people).
 */
export async function pipelineCounts(db: InroadsDb): Promise<PipelineCounts> {
  const counts = await Promise.all(STAGES.map((stage) => db.people.where('stage').equals(stage).count()));
  return Object.fromEntries(STAGES.map((stage, i) => [stage, counts[i] ?? 0])) as PipelineCounts;
}
