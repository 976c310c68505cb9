/**
 * "Mark as sent" (popup and side panel alike): the user sent a message
 * themselves; Inroads records it. One transaction: the person becomes a target
 * if they were not (from the profile on screen), the introducer becomes a
 * person when they are a known connection, the touch is logged with the
 * follow-up date promised, and what is owed next is recomputed.
 */
import { InroadsError } from '@/lib/domain/errors';
import type { IntroducerOption } from '@/lib/domain/approach/types';
import type { Channel, ProfileSnapshot, Touch, TouchKind } from '@/lib/domain/model';
import type { InroadsDb } from '@/lib/store/database';
import { historyTables } from '@/lib/store/history/next-action';
import { logTouch } from '@/lib/store/history/touches';
import { introducerPersonId } from '@/lib/store/people/introducer';
import { addTarget } from './add-target';

export interface SentMessage {
  /** A stored person; or else the profile on screen (made a target if needed). */
  personId?: string;
  snapshot?: ProfileSnapshot;
  kind: TouchKind;
  channel: Channel;
  text: string;
  subject?: string;
  /** When the user said they would follow up (kept exactly). */
  promisedFollowUpAt?: number;
  templateId?: string;
  introducer?: Pick<IntroducerOption, 'personId' | 'name' | 'url'>;
  /** When it was sent, for a conversation already under way (back-dated); default now, never later. */
  sentAt?: number;
}

export async function markSent(db: InroadsDb, message: SentMessage, now: number): Promise<Touch> {
  const at = message.sentAt ?? now;
  // A message cannot have been sent later than now (the dates' other limits are the touch's contract).
  if (at > now) throw new InroadsError('draftSentInFuture');
  return db.transaction('rw', [...historyTables(db), db.connections], async () => {
    const stored = message.personId ? await db.people.get(message.personId) : undefined;
    const person =
      stored?.kind === 'target' || !message.snapshot
        ? stored
        : await addTarget(db, { ...(stored ? { personId: stored.id } : {}), snapshot: message.snapshot }, now);
    const { introducer } = message;
    const introducerId = introducer ? await introducerPersonId(db, introducer, now) : undefined;
    return logTouch(
      db,
      {
        personId: person?.id ?? message.personId ?? '',
        kind: message.kind,
        at,
        channel: message.channel,
        text: message.text,
        ...(message.subject ? { subject: message.subject } : {}),
        ...(message.promisedFollowUpAt ? { promisedFollowUpAt: message.promisedFollowUpAt } : {}),
        ...(message.templateId ? { templateId: message.templateId } : {}),
        ...(introducerId ? { introducerId } : {}),
        ...(introducer && !introducerId ? { appNote: { code: 'introducer' as const, params: [introducer.name] } } : {}),
      },
      now,
    );
  });
}
