import { describe, expect, it } from 'vitest';
import { loadReferralLinks, loadTimeline, personTimeline } from '@/lib/store/history/person-history';
import { scheduleMeeting, updateMeeting } from '@/lib/store/history/meetings';
import { addTarget } from '@/lib/store/use-cases/add-target';
import { logTouch } from '@/lib/store/history/touches';
import type { Meeting, Touch } from '@/lib/domain/model';
import { freshDb } from '../helpers';

const DAY = 86_400_000;
const now = new Date(2025, 2, 13, 10).getTime();

const touch = (id: string, at: number, createdAt = at): Touch => ({
  id,
  personId: 'p',
  kind: 'request',
  at,
  channel: 'email',
  createdAt,
});
const meeting = (id: string, at: number, change: Partial<Meeting> = {}): Meeting => ({
  id,
  personId: 'p',
  at,
  minutes: 20,
  mode: 'phone',
  status: 'scheduled',
  questions: [],
  notes: '',
  referrals: [],
  createdAt: at,
  updatedAt: at,
  ...change,
});

describe('personTimeline', () => {
  it('lists touches, meetings and notes newest first', () => {
    const entries = personTimeline(
      [touch('a', 1000), touch('b', 5000), touch('c', 5000, 6000)],
      [meeting('m', 3000, { notes: 'Good advice', notesWrittenAt: 4000 }), meeting('n', 7000)],
    );
    expect(entries.map((e) => e.key)).toEqual(['m:n', 't:c', 't:b', 'n:m', 'm:m', 't:a']);
  });

  it('dates notes at the meeting when their writing time is unknown, and skips empty notes', () => {
    const entries = personTimeline([], [meeting('m', 3000, { notes: 'x' }), meeting('e', 2000, { notes: '  ' })]);
    expect(entries.map((e) => [e.type, e.at])).toEqual([
      ['meeting', 3000],
      ['notes', 3000],
      ['meeting', 2000],
    ]);
  });
});

describe('loading a person’s history', () => {
  it('reads the timeline and both directions of referral from the database', async () => {
    const db = freshDb();
    const sam = await addTarget(db, { profileUrl: 'https://www.linkedin.com/in/sam/', name: 'Sam' }, now - 9 * DAY);
    const jane = await addTarget(
      db,
      { profileUrl: 'https://www.linkedin.com/in/jane/', name: 'Jane', referredById: sam.id },
      now - 8 * DAY,
    );
    const ana = await addTarget(
      db,
      { profileUrl: 'https://www.linkedin.com/in/ana/', name: 'Ana', referredById: sam.id },
      now - 8 * DAY,
    );
    await logTouch(db, { personId: sam.id, kind: 'request', at: now - 7 * DAY, channel: 'email' }, now - 7 * DAY);
    const m = await scheduleMeeting(db, { personId: sam.id, at: now - 2 * DAY, mode: 'phone' }, now - 6 * DAY);
    await updateMeeting(db, m.id, { notes: 'Talk to Jane and Ana.' }, now - DAY);
    expect((await loadTimeline(db, sam.id)).map((e) => e.type)).toEqual(['notes', 'meeting', 'touch']);
    expect(await loadTimeline(db, jane.id)).toEqual([]);

    const links = await loadReferralLinks(db, (await db.people.get(sam.id))!);
    expect(links.referrer).toBeUndefined();
    expect(links.referred.map((p) => p.name)).toEqual(['Ana', 'Jane']);
    const back = await loadReferralLinks(db, (await db.people.get(ana.id))!);
    expect(back.referrer?.id).toBe(sam.id);
    expect(back.referred).toEqual([]);
  });
});
