import { z } from './zod';
import { APP_NOTE_CODES, CHANNELS, TOUCH_KINDS } from './constants';
import { TOUCH_LIMITS as LIMIT } from './limits';
import { StoredDate } from './stored-date';
import { GivenReferral } from './meeting';

export const TouchKind = z.enum(TOUCH_KINDS);
export type TouchKind = z.infer<typeof TouchKind>;

export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;

/** One outreach event with a person: something sent, said, or received. */
export const Touch = z.object({
  id: z.string().min(1).max(64),
  personId: z.string().min(1).max(64),
  kind: TouchKind,
  /** Epoch ms when it happened. */
  at: StoredDate,
  channel: Channel,
  /** The text sent, if any. */
  text: z.string().max(LIMIT.text).optional(),
  subject: z.string().max(LIMIT.subject).optional(),
  /** The follow-up date the user promised in the message (kept exactly). */
  promisedFollowUpAt: StoredDate.optional(),
  /** For an introduction request: the introducer (a Person id). */
  introducerId: z.string().max(64).optional(),
  templateId: z.string().max(64).optional(),
  note: z.string().max(LIMIT.note).optional(),
  /** A note Inroads wrote (a code and its parameters, worded when shown), beside the user's own. */
  appNote: z
    .object({ code: z.enum(APP_NOTE_CODES), params: z.array(z.string().max(300)).max(2) })
    .optional(),
  /** For a reply or a decline: the people they suggested instead ("ask Jordan"), as in a meeting. */
  referrals: z.array(GivenReferral).max(LIMIT.referrals).optional(),
  createdAt: StoredDate,
});
export type Touch = z.infer<typeof Touch>;
