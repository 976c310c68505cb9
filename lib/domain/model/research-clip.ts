import { z } from './zod';
import { StoredDate } from './stored-date';

/** A saved article (Readability) or, when it could not be parsed, just a link. */
export const ResearchClip = z.object({
  id: z.string().min(1).max(64),
  url: z.string().max(4096),
  title: z.string().max(1000),
  byline: z.string().max(500).optional(),
  site: z.string().max(500).optional(),
  excerpt: z.string().max(2000).optional(),
  /** Plain text, capped. */
  text: z.string().max(200000).optional(),
  /** False when Readability could not parse the page and only the link is kept. */
  readable: z.boolean(),
  personId: z.string().max(64).optional(),
  company: z.string().max(300).optional(),
  savedAt: StoredDate,
});
export type ResearchClip = z.infer<typeof ResearchClip>;
