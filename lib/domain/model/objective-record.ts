import { z } from './zod';
import { ObjectiveKind } from './person';
import { COMPANY_LIMITS as LIMIT, ID_LIMIT } from './limits';
import { StoredDate } from './stored-date';

/**
 * An objective the user works towards (learn an industry, a company or a
 * role), grouping target companies and people; `goal` is how many people to
 * start with (the method's "about five").
 */
export const ObjectiveRecord = z.object({
  id: z.string().min(1).max(ID_LIMIT),
  kind: ObjectiveKind,
  title: z.string().min(1).max(LIMIT.objectiveTitle),
  goal: z.number().int().min(1).max(LIMIT.goal).default(5),
  archived: z.boolean().default(false),
  createdAt: StoredDate,
  updatedAt: StoredDate,
});
export type ObjectiveRecord = z.infer<typeof ObjectiveRecord>;
