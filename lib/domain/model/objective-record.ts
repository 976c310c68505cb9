import { z } from './zod';
import { ObjectiveKind } from './person';

/**
 * An objective the user works towards (learn an industry, a company or a
 * role), grouping target companies and people; `goal` is how many people to
 * start with (the method's "about five").
 */
export const ObjectiveRecord = z.object({
  id: z.string().min(1).max(64),
  kind: ObjectiveKind,
  title: z.string().min(1).max(200),
  goal: z.number().int().min(1).max(100).default(5),
  archived: z.boolean().default(false),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type ObjectiveRecord = z.infer<typeof ObjectiveRecord>;
