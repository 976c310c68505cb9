import { InroadsError } from '@/lib/domain/errors';
import { Meeting, type MeetingMode } from '@/lib/domain/model';
import { storable } from '@/lib/store/contract';
import type { InroadsDb } from '@/lib/store/database';
import { conflictsOf, EditConflict } from '@/lib/store/edit-conflict';
import { patchPerson } from '@/lib/store/people/person-edit';
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
  const meeting = storable(Meeting, { ...input, id: newId(), status: 'scheduled', createdAt: now, updatedAt: now });
  await db.transaction('rw', historyTables(db), async () => {
    const person = await db.people.get(input.personId);
    if (!person) throw new InroadsError('storeGonePerson');
    await db.meetings.add(meeting);
    await patchPerson(db, input.personId, {
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

/**
 * Saves preparation, notes or a status change (only the fields in `change`);
 * notes mark the meeting held once its time has come. With `expected` (what
 * the form started from), a field stored otherwise meanwhile throws an
 * EditConflict; nothing is written. A meeting still in the future is marked
 * held only with `heldEarly` (the user confirmed it took place early; its
 * date becomes now), else it is refused in words.
 */
export async function updateMeeting(
  db: InroadsDb,
  meetingId: string,
  change: MeetingChange,
  now: number,
  expected?: Partial<Record<keyof MeetingChange, unknown>>,
  options: { heldEarly?: boolean } = {},
): Promise<Meeting> {
  return db.transaction('rw', historyTables(db), async () => {
    const meeting = await db.meetings.get(meetingId);
    if (!meeting) throw new InroadsError('storeGoneMeeting');
    const conflicts = conflictsOf(meeting, expected);
    if (conflicts.length > 0) throw new EditConflict(conflicts);
    const wroteNotes = change.notes !== undefined && change.notes.trim() !== '' && !meeting.notesWrittenAt;
    const at = change.at ?? meeting.at;
    // Notes written before the meeting are preparation: they do not make it held.
    const heldByNotes = wroteNotes && at <= now ? { status: change.status ?? ('done' as const) } : {};
    const status = (heldByNotes.status ?? change.status ?? meeting.status);
    const newlyHeldInFuture = status === 'done' && at > now && (meeting.status !== 'done' || change.at !== undefined);
    if (newlyHeldInFuture && !options.heldEarly) throw new InroadsError('meetingHeldInFuture');
    const next = storable(Meeting, {
      ...meeting,
      ...change,
      ...(wroteNotes ? { notesWrittenAt: now, ...heldByNotes } : {}),
      ...(newlyHeldInFuture ? { at: now } : {}),
      updatedAt: now,
    });
    await db.meetings.put(next);
    if (next.status === 'done') await patchPerson(db, next.personId, { stage: 'met', updatedAt: now });
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
    if (!meeting) throw new InroadsError('storeGoneMeeting');
    return updateMeeting(db, meetingId, { questions: edit(meeting.questions) }, now);
  });
}
