/**
 * The introducer's thread on the person page: load it, and log what the
 * introducer said or did (agreed, declined, "I'll ask first: check back on
 * <date>", introduced), the check-back made, or the thanks sent. Each step is
 * a touch on the target's record (lib/domain/cadence/introducer-thread.ts);
 * logging it recomputes what is owed, in one transaction.
 */
import { defaultCheckBackAt, introducerThread, type IntroducerThread } from '@/lib/domain/cadence/cadence';
import type { Channel, Touch } from '@/lib/domain/model';
import type { InroadsDb } from '@/lib/store/database';
import { touchesOf } from '@/lib/store/history/next-action';
import { logTouch } from '@/lib/store/history/touches';
import { connectionByUrl } from '@/lib/store/directory/connections';
import { loadSettings } from '@/lib/store/settings/settings';

export const INTRODUCER_LOG_STEPS = [
  'introducer-agreed',
  'introducer-declined',
  'introducer-asks-first',
  'check-back',
  'introduced',
  'thank-introducer',
] as const;
export type IntroducerLogStep = (typeof INTRODUCER_LOG_STEPS)[number];

export interface IntroducerStepInput {
  /** The target (the thread lives on their record). */
  personId: string;
  step: IntroducerLogStep;
  at: number;
  channel?: Channel;
  /** For "asks first": the date they gave to check back (default: the method's 7–10 days). */
  checkBackAt?: number;
  note?: string;
}

export async function logIntroducerStep(db: InroadsDb, input: IntroducerStepInput, now: number): Promise<Touch> {
  const { personId, step, at, checkBackAt } = input;
  const note = input.note?.trim();
  return logTouch(
    db,
    {
      personId,
      kind: step,
      at,
      channel: input.channel ?? 'other',
      ...(step === 'introducer-asks-first' && checkBackAt !== undefined ? { promisedFollowUpAt: checkBackAt } : {}),
      ...(note ? { note } : {}),
    },
    now,
  );
}

/** The thread as the person page shows it: its state and whom it is with. */
export interface IntroducerThreadView {
  thread: IntroducerThread;
  /** The introducer's name ('' when unknown), id when stored, and e-mail when known. */
  name: string;
  personId?: string;
  email?: string;
  profileUrl?: string;
  /** The check-back date to propose for "asks first", from now. */
  proposedCheckBackAt: number;
}

/** The introducer of the target's thread, with the e-mail from their person or the Connections.csv directory. */
export async function loadIntroducerThread(db: InroadsDb, personId: string, now: number): Promise<IntroducerThreadView | null> {
  const [touches, settings] = await Promise.all([touchesOf(db, personId), loadSettings(db)]);
  const sorted = [...touches].sort((a, b) => a.at - b.at || a.createdAt - b.createdAt);
  const thread = introducerThread(sorted, (at) => defaultCheckBackAt(at, settings));
  if (!thread) return null;
  const person = thread.introducerId ? await db.people.get(thread.introducerId) : undefined;
  const connection = person?.profileUrl && !person.email ? await connectionByUrl(db, person.profileUrl) : undefined;
  const email = person?.email || connection?.email;
  return {
    thread,
    name: person?.name ?? thread.introducerName ?? '',
    ...(person ? { personId: person.id } : {}),
    ...(email ? { email } : {}),
    ...(person?.profileUrl ? { profileUrl: person.profileUrl } : {}),
    proposedCheckBackAt: defaultCheckBackAt(now, settings),
  };
}
