import { z } from './zod';
import { MEETING_MODES, MEETING_STATUSES } from './constants';
import { MEETING_LIMITS as LIMIT } from './limits';
import { StoredDate } from './stored-date';

export const MeetingMode = z.enum(MEETING_MODES);
export type MeetingMode = z.infer<typeof MeetingMode>;

export const MeetingStatus = z.enum(MEETING_STATUSES);
export type MeetingStatus = z.infer<typeof MeetingStatus>;

/** A referral given in a meeting: becomes a new target linked to who referred. */
export const GivenReferral = z.object({
  personId: z.string().max(64),
  nameAllowed: z.boolean(),
  /** The referrer insisted on contacting them first: check back on this date. */
  checkBackAt: StoredDate.optional(),
});
export type GivenReferral = z.infer<typeof GivenReferral>;

export const Meeting = z.object({
  id: z.string().min(1).max(64),
  personId: z.string().min(1).max(64),
  /** Epoch ms of the start. */
  at: StoredDate,
  minutes: z.number().int().positive().max(600).default(20),
  mode: MeetingMode,
  place: z.string().max(LIMIT.place).optional(),
  status: MeetingStatus,
  questions: z.array(z.string().max(LIMIT.question)).max(LIMIT.questions).default([]),
  notes: z.string().max(LIMIT.notes).default(''),
  notesWrittenAt: StoredDate.optional(),
  referrals: z.array(GivenReferral).max(LIMIT.referrals).default([]),
  createdAt: StoredDate,
  updatedAt: StoredDate,
});
export type Meeting = z.infer<typeof Meeting>;
