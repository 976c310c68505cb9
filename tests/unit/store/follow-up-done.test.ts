import { describe, expect, it } from 'vitest';
import { markActionDone } from '@/lib/store/use-cases/mark-done';
import { meetingFor } from '@/lib/store/history/meeting-lookup';
import { followUpList } from '@/lib/store/history/follow-ups';
import { scheduleMeeting } from '@/lib/store/history/meetings';
import { addTarget } from '@/lib/store/use-cases/add-target';
import { logTouch } from '@/lib/store/history/touches';
import type { Meeting } from '@/lib/domain/model';
import { freshDb } from '../helpers';

const DAY = 86_400_000;
const now = new Date(2025, 2, 13, 10).getTime();

function target(db: ReturnType<typeof freshDb>, name: string, at: number) {
  return addTarget(db, { profileUrl: `https://www.linkedin.com/in/${name.toLowerCase()}/`, name }, at);
}

describe('Done on the follow-up list', () => {
  it('logs the follow-up the action implies, so the person moves to waiting on them', async () => {
    const db = freshDb();
    const jane = await target(db, 'Jane', now - 9 * DAY);
    await logTouch(db, { personId: jane.id, kind: 'request', at: now - 8 * DAY, channel: 'email' }, now - 8 * DAY);
    expect((await followUpList(db, now))[0]?.section).toBe('overdue');
    expect(await markActionDone(db, jane.id, now)).toEqual({ type: 'logged', kind: 'follow-up' });
    const touches = (await db.touches.toArray()).filter((t) => t.kind === 'follow-up');
    expect(touches).toMatchObject([{ personId: jane.id, at: now, channel: 'other', appNote: { code: 'marked-done', params: [] } }]);
    expect((await followUpList(db, now))[0]?.section).toBe('waiting');
  });

  it('logs the first request for a target not yet asked', async () => {
    const db = freshDb();
    const jane = await target(db, 'Jane', now);
    expect(await markActionDone(db, jane.id, now)).toEqual({ type: 'logged', kind: 'request' });
    expect((await db.people.get(jane.id))?.stage).toBe('requested');
  });

  it('hides a prepared meeting until it starts, without logging anything', async () => {
    const db = freshDb();
    const jane = await target(db, 'Jane', now - DAY);
    const meeting = await scheduleMeeting(db, { personId: jane.id, at: now + 2 * DAY, mode: 'video' }, now - DAY);
    expect((await db.people.get(jane.id))?.nextAction?.kind).toBe('prepare-meeting');
    expect(await markActionDone(db, jane.id, now)).toEqual({ type: 'snoozed', until: meeting.at });
    expect((await db.people.get(jane.id))?.nextAction?.due).toBe(meeting.at);
    expect(await db.touches.count()).toBe(0);
  });

  it('acts on what is owed now: a meeting that has started since is owed notes, so Done opens it', async () => {
    const db = freshDb();
    const jane = await target(db, 'Jane', now - 5 * DAY);
    const meeting = await scheduleMeeting(db, { personId: jane.id, at: now - 3_600_000, mode: 'phone' }, now - 5 * DAY);
    // Stored when the meeting was booked; stale now.
    expect((await db.people.get(jane.id))?.nextAction?.kind).toBe('prepare-meeting');
    expect(await markActionDone(db, jane.id, now)).toEqual({ type: 'open-meeting', meetingId: meeting.id });
    expect((await db.people.get(jane.id))?.nextAction?.kind).toBe('write-notes');
    expect(await db.touches.count()).toBe(0);
  });

  it('asks before moving on, and says when nothing is owed', async () => {
    const db = freshDb();
    const jane = await target(db, 'Jane', now - 60 * DAY);
    for (const days of [50, 40, 30]) {
      await logTouch(
        db,
        { personId: jane.id, kind: 'request', at: now - days * DAY, channel: 'email' },
        now - days * DAY,
      );
    }
    expect((await db.people.get(jane.id))?.nextAction?.kind).toBe('try-another-route');
    expect(await markActionDone(db, jane.id, now)).toEqual({ type: 'confirm-move-on' });
    expect(await markActionDone(db, 'gone', now)).toMatchObject({ type: 'nothing' });
  });

  it('finds the upcoming meeting and the latest held one without notes', () => {
    const m = (id: string, at: number, change: Partial<Meeting> = {}): Meeting => ({
      id,
      personId: 'p',
      at,
      minutes: 20,
      mode: 'phone',
      status: 'scheduled',
      questions: [],
      notes: '',
      referrals: [],
      createdAt: now,
      updatedAt: now,
      ...change,
    });
    const meetings = [
      m('old', now - 9 * DAY, { status: 'done', notes: 'x' }),
      m('held', now - DAY),
      m('next', now + DAY),
      m('off', now + 2 * DAY, { status: 'cancelled' }),
    ];
    expect(meetingFor(meetings, now, 'upcoming')?.id).toBe('next');
    expect(meetingFor(meetings, now, 'needs-notes')?.id).toBe('held');
  });
});
