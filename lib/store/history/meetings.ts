import { t } from '@/lib/domain/i18n';
import { Meeting, type MeetingMode } from '@/lib/domain/model';
import type { InroadsDb } from '@/lib/store/database';
import { historyTables, recomputeNextAction } from './next-action';
import { newId } from '@/lib/store/people/people';

export interface NewMeeting {
  personId: string;
  at: number;
  minutes?: number;
  mode: MeetingMode;
  place?: string;
  questions?: string[];
}

/** Schedules a meeting (20 minutes by default); the target moves to "scheduled". */
export async function scheduleMeeting(db: InroadsDb, input: NewMeeting, now: number): Promise<Meeting> {
  const meeting = Meeting.parse({ ...input, id: newId(), status: 'scheduled', createdAt: now, updatedAt: now });
  await db.transaction('rw', historyTables(db), async () => {
    const person = await db.people.get(input.personId);
    if (!person) throw new Error(t('storeGonePerson'));
    await db.meetings.add(meeting);
    await db.people.update(input.personId, {
      kind: 'target',
      stage: 'scheduled',
      targetedAt: person.targetedAt ?? now,
      updatedAt: now,
    });
    await recomputeNextAction(db, input.personId, now);
  });
  return meeting;
}

export type MeetingChange = Partial<
  Pick<Meeting, 'at' | 'minutes' | 'mode' | 'place' | 'questions' | 'notes' | 'status'>
>;

/** Saves preparation, notes or a status change; notes mark the meeting held. */
export async function updateMeeting(
  db: InroadsDb,
  meetingId: string,
  change: MeetingChange,
  now: number,
): Promise<Meeting> {
  return db.transaction('rw', historyTables(db), async () => {
    const meeting = await db.meetings.get(meetingId);
    if (!meeting) throw new Error(t('storeGoneMeeting'));
    const wroteNotes = change.notes !== undefined && change.notes.trim() !== '' && !meeting.notesWrittenAt;
    const next = Meeting.parse({
      ...meeting,
      ...change,
      ...(wroteNotes ? { notesWrittenAt: now, status: change.status ?? 'done' } : {}),
      updatedAt: now,
    });
    await db.meetings.put(next);
    if (next.status === 'done') await db.people.update(next.personId, { stage: 'met', updatedAt: now });
    await recomputeNextAction(db, next.personId, now);
    return next;
  });
}

/**
 * Edits a meeting's prepared questions from the list as stored when the edit
 * is written (not the list a form showed when it rendered).
 */
export async function editMeetingQuestions(
  db: InroadsDb,
  meetingId: string,
  edit: (questions: readonly string[]) => string[],
  now: number,
): Promise<Meeting> {
  return db.transaction('rw', historyTables(db), async () => {
    const meeting = await db.meetings.get(meetingId);
    if (!meeting) throw new Error(t('storeGoneMeeting'));
    return updateMeeting(db, meetingId, { questions: edit(meeting.questions) }, now);
  });
}
