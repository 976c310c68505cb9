/**
 * "Done" on the follow-up list: the user did what was owed another way (a
 * call, a message sent outside Inroads). Logs the touch the action implies,
 * so the cadence moves the person on.
 */
import { t } from '@/lib/domain/i18n';
import type { Meeting, TouchKind } from '@/lib/domain/model';
import { doneEffect } from '@/lib/domain/cadence/action-touch';
import type { InroadsDb } from '@/lib/store/database';
import { historyTables, meetingsOf, recomputeNextAction } from './next-action';
import { snoozePerson } from '@/lib/store/people/person-edit';
import { logTouch } from './touches';

export type DoneOutcome =
  | { type: 'logged'; kind: TouchKind }
  | { type: 'snoozed'; until: number }
  | { type: 'open-meeting'; meetingId: string }
  | { type: 'open-person' }
  /** Moving on asks first: the caller confirms, then sets the stage. */
  | { type: 'confirm-move-on' }
  | { type: 'nothing'; reason: string };

export const DONE_NOTE = 'Marked done from the follow-up list.';

/** The next meeting not yet held, or the latest held one still without notes. */
export function meetingFor(
  meetings: readonly Meeting[],
  now: number,
  want: 'upcoming' | 'needs-notes',
): Meeting | undefined {
  const live = [...meetings].filter((m) => m.status !== 'cancelled').sort((a, b) => a.at - b.at);
  if (want === 'upcoming') return live.find((m) => m.status === 'scheduled' && m.at > now);
  return live.reverse().find((m) => (m.status === 'done' || m.at <= now) && m.notes.trim() === '');
}

/** The meeting to prepare: the next one not yet held. */
export async function upcomingMeeting(db: InroadsDb, personId: string, now: number): Promise<Meeting | undefined> {
  return meetingFor(await meetingsOf(db, personId), now, 'upcoming');
}

/**
 * Acts on what is owed now: the stored next action is recomputed first (it
 * was computed at the last change; a meeting may have started since).
 */
export async function markActionDone(db: InroadsDb, personId: string, now: number): Promise<DoneOutcome> {
  const person = await db.transaction('rw', historyTables(db), () => recomputeNextAction(db, personId, now));
  const action = person?.nextAction;
  if (!person || !action) return { type: 'nothing', reason: t('followUpsNothingOwed') };
  const effect = doneEffect(action);
  switch (effect?.type) {
    case 'touch':
      await logTouch(db, { personId, kind: effect.kind, at: now, channel: 'other', note: DONE_NOTE }, now);
      return { type: 'logged', kind: effect.kind };
    case 'snooze-until-meeting': {
      const meeting = await upcomingMeeting(db, personId, now);
      if (!meeting) return { type: 'nothing', reason: t('followUpsNoUpcomingMeeting') };
      await snoozePerson(db, personId, meeting.at, now);
      return { type: 'snoozed', until: meeting.at };
    }
    case 'open-meeting': {
      const meeting = meetingFor(await meetingsOf(db, personId), now, 'needs-notes');
      return meeting ? { type: 'open-meeting', meetingId: meeting.id } : { type: 'open-person' };
    }
    case 'schedule-meeting':
      return { type: 'open-person' };
    case 'move-on':
      return { type: 'confirm-move-on' };
    default:
      return { type: 'nothing', reason: t('followUpsNothingToRecord') };
  }
}
