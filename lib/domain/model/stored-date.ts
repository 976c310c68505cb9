import { z } from './zod';
import { isStorableDate } from './limits';

/**
 * A stored date: epoch ms between 1990 and 2200 (limits.ts). A problem is
 * marked `params.inroads: 'date'`, so it reads as a date range in words
 * (issue-text.ts), never as a bare number.
 */
export const StoredDate = z.number().refine(isStorableDate, { params: { inroads: 'date' } });
