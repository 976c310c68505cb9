/**
 * "Done" on the follow-up list: the user did what was owed another way (a
 * call, a message sent outside Inroads). One transaction: what is owed is
 * recomputed (a meeting may have started since), then the touch the action
 * implies is logged so the cadence moves the person on, or the person is
 * snoozed until the meeting they are preparing.
 */
import type { MessageKey } from '@/lib/domain/i18n';
import type { Touch, TouchKind } from '@/lib/domain/model';
import { doneEffect } from '@/lib/domain/cadence/action-touch';
import type { InroadsDb } from '@/lib/store/database';
import { meetingFor, upcomingMeeting } from '@/lib/store/history/meeting-lookup';
import { historyTables, meetingsOf, recomputeNextAction } from '@/lib/store/history/next-action';
import { logTouch } from '@/lib/store/history/touches';
import { snoozePerson } from '@/lib/store/people/person-edit';

export type DoneOutcome =
  | { type: 'logged'; kind: TouchKind }
  | { type: 'snoozed'; until: number }
  | { type: 'open-meeting'; meetingId: string }
  | { type: 'open-person' }
  /** Moving on asks first: the caller confirms, then sets the stage. */
  | { type: 'confirm-move-on' }
  | { type: 'nothing'; reason: MessageKey };

/** The note on a touch logged by Done (worded when shown). */
const MARKED_DONE = { code: 'marked-done', params: [] } as const satisfies Touch['appNote'];

export async function markActionDone(db: InroadsDb, personId: string, now: number): Promise<DoneOutcome> {
  return db.transaction('rw', historyTables(db), async (): Promise<DoneOutcome> => {
    const person = await recomputeNextAction(db, personId, now);
    const action = person?.nextAction;
    if (!person || !action) return { type: 'nothing', reason: 'followUpsNothingOwed' };
    const effect = doneEffect(action);
    switch (effect?.type) {
      case 'touch':
        await logTouch(db, { personId, kind: effect.kind, at: now, channel: 'other', appNote: MARKED_DONE }, now);
        return { type: 'logged', kind: effect.kind };
      case 'snooze-until-meeting': {
        const meeting = await upcomingMeeting(db, personId, now);
        if (!meeting) return { type: 'nothing', reason: 'followUpsNoUpcomingMeeting' };
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
        return { type: 'nothing', reason: 'followUpsNothingToRecord' };
    }
  });
}
