import { z } from './zod';
import { StoredDate } from './stored-date';

/**
 * One of the user's LinkedIn connections, as LinkedIn's Connections.csv lists
 * them: a known 1st-degree contact. Kept in the contact directory (not as a
 * Person) until the user views, targets or is introduced through them.
 */
export const Connection = z.object({
  /** Normalised https://www.linkedin.com/in/<slug>/ when the export had one. */
  profileUrl: z.string().max(2048).optional(),
  name: z.string().min(1).max(300),
  company: z.string().max(300).optional(),
  position: z.string().max(300).optional(),
  email: z.string().max(320).optional(),
  /** Epoch ms at UTC midnight of the day connected. */
  connectedOn: StoredDate.optional(),
});
export type Connection = z.infer<typeof Connection>;
