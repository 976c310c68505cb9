/** A person's history for the side panel: the timeline and the referral links. */
import type { Meeting, Person, Touch } from '@/lib/domain/model';
import type { InroadsDb } from '@/lib/store/database';
import { meetingsOf, touchesOf } from './next-action';
import { byMinuteThenLogged } from '@/lib/domain/cadence/order';

export type TimelineEntry =
  | { type: 'touch'; at: number; key: string; touch: Touch }
  | { type: 'meeting'; at: number; key: string; meeting: Meeting }
  | { type: 'notes'; at: number; key: string; meeting: Meeting };

/**
 * Touches, meetings and meeting notes in date order, newest first (within
 * the same minute: the later recorded first). Notes are dated when written, else at the meeting.
 */
export function personTimeline(touches: readonly Touch[], meetings: readonly Meeting[]): TimelineEntry[] {
  const entries: (TimelineEntry & { recorded: number })[] = [];
  for (const touch of touches)
    entries.push({ type: 'touch', at: touch.at, key: `t:${touch.id}`, touch, recorded: touch.createdAt });
  for (const meeting of meetings) {
    entries.push({ type: 'meeting', at: meeting.at, key: `m:${meeting.id}`, meeting, recorded: meeting.createdAt });
    if (meeting.notes.trim() !== '') {
      const at = meeting.notesWrittenAt ?? meeting.at;
      entries.push({ type: 'notes', at, key: `n:${meeting.id}`, meeting, recorded: at });
    }
  }
  // Newest first: by the minute, then the later logged first (cadence/order.ts, reversed).
  entries.sort(
    (a, b) => byMinuteThenLogged({ at: b.at, createdAt: b.recorded }, { at: a.at, createdAt: a.recorded }) || (a.key < b.key ? -1 : 1),
  );
  return entries.map(({ recorded: _recorded, ...entry }) => entry as TimelineEntry);
}

export async function loadTimeline(db: InroadsDb, personId: string): Promise<TimelineEntry[]> {
  const [touches, meetings] = await Promise.all([touchesOf(db, personId), meetingsOf(db, personId)]);
  return personTimeline(touches, meetings);
}

export interface ReferralLinks {
  referrer?: Person;
  referred: Person[];
}

/** Who referred this person and whom they referred (the referredById index). */
export async function loadReferralLinks(db: InroadsDb, person: Person): Promise<ReferralLinks> {
  const [referrer, referred] = await Promise.all([
    person.referredById ? db.people.get(person.referredById) : Promise.resolve(undefined),
    db.people.where('referredById').equals(person.id).toArray(),
  ]);
  referred.sort((a, b) => a.name.localeCompare(b.name));
  return { referrer, referred };
}
