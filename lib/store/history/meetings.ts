import { t } from '@/lib/domain/i18n';
import { Meeting, type GivenReferral, type MeetingMode } from '@/lib/domain/model';
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

export interface ReferralGiven {
  name: string;
  profileUrl?: string;
  company?: string;
  nameAllowed: boolean;
  checkBackAt?: number;
}

/**
 * Records referrals given in a meeting (one transaction): each becomes a new
 * target linked to who referred them, with whether their name may be used.
 */
export async function recordReferrals(
  db: InroadsDb,
  meetingId: string,
  referrals: ReferralGiven[],
  now: number,
): Promise<string[]> {
  return db.transaction('rw', historyTables(db), async () => {
    const meeting = await db.meetings.get(meetingId);
    if (!meeting) throw new Error(t('storeGoneMeeting'));
    const given: GivenReferral[] = [];
    for (const referral of referrals) {
      const existing = referral.profileUrl
        ? await db.people.where('profileUrl').equals(referral.profileUrl).first()
        : undefined;
      const id = existing?.id ?? newId();
      await db.people.put({
        ...(existing ?? { id, degree: 'unknown', mutuals: [], notes: '', userEdited: [], createdAt: now }),
        name: existing?.name ?? referral.name.trim(),
        ...(referral.profileUrl ? { profileUrl: referral.profileUrl } : {}),
        ...(referral.company && !existing?.company ? { company: referral.company } : {}),
        kind: 'target',
        stage: existing?.kind === 'target' && existing.stage ? existing.stage : 'to-contact',
        targetedAt: existing?.kind === 'target' ? (existing.targetedAt ?? now) : now,
        referredById: meeting.personId,
        referrerNameAllowed: referral.nameAllowed,
        updatedAt: now,
      });
      given.push({
        personId: id,
        nameAllowed: referral.nameAllowed,
        ...(referral.checkBackAt ? { checkBackAt: referral.checkBackAt } : {}),
      });
    }
    await db.meetings.put({ ...meeting, referrals: [...meeting.referrals, ...given], updatedAt: now });
    for (const { personId } of given) await recomputeNextAction(db, personId, now);
    await recomputeNextAction(db, meeting.personId, now);
    return given.map((g) => g.personId);
  });
}
