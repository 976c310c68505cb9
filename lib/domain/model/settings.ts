import { z } from './zod';
import { PERSON_LIMITS } from './limits';

/** The user's own details and preferences; one record. */
export const Settings = z.object({
  myName: z.string().max(300).default(''),
  myEmail: z.string().max(320).default(''),
  myPhone: z.string().max(PERSON_LIMITS.phone).default(''),
  signature: z.string().max(2000).default(''),
  /** Target role or industry, e.g. "UX research in healthcare". */
  targetRole: z.string().max(500).default(''),
  /** Minutes to ask for in a request. */
  minutes: z.number().int().min(5).max(120).default(20),
  /** Days after a request to follow up. */
  followUpDays: z.number().int().min(1).max(60).default(7),
  /** Preferred calling days, 0 = Sunday … 6 = Saturday (Tuesday–Thursday by default). */
  preferredDays: z.array(z.number().int().min(0).max(6)).max(7).default([2, 3, 4]),
  /** Keep in touch with people met every N days. */
  keepInTouchDays: z.number().int().min(7).max(365).default(60),
  /** Unanswered requests after which to suggest moving on / the hard stop. */
  moveOnAfter: z.number().int().min(1).max(10).default(3),
  hardStopAfter: z.number().int().min(1).max(10).default(5),
  badgeEnabled: z.boolean().default(true),
  /** Add nothing at all to LinkedIn's pages: the toolbar icon shows the degree, the popup the rest. */
  quietMode: z.boolean().default(false),
  dailyNotification: z.boolean().default(false),
  /** IANA time zone for dates; empty means the browser's. */
  timeZone: z.string().max(100).default(''),
});
export type Settings = z.infer<typeof Settings>;
