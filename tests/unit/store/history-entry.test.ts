/**
 * History the user can enter truthfully (issue 15, item 5): a back-dated
 * "sent on" the cadence counts from, entries in the order they happened then
 * were logged, and no meeting held before it took place without saying so.
 */
import { describe, expect, it } from 'vitest';
import { markSent } from '@/lib/store/use-cases/mark-sent';
import { addTarget } from '@/lib/store/use-cases/add-target';
import { logTouch } from '@/lib/store/history/touches';
import { scheduleMeeting, updateMeeting } from '@/lib/store/history/meetings';
import { loadTimeline } from '@/lib/store/history/person-history';
import { followUpDate } from '@/lib/domain/cadence/cadence';
import { loadSettings } from '@/lib/store/settings/settings';
import { InroadsError } from '@/lib/domain/errors';
import { freshDb } from '../helpers';

const DAY = 86_400_000;
const now = Date.UTC(2026, 11, 7, 9, 0, 37); // Monday 7 December 2026, 09:00:37 UTC

async function jane(db: ReturnType<typeof freshDb>) {
  return addTarget(db, { profileUrl: 'https://www.linkedin.com/in/jane-doe/', name: 'Jane Doe' }, now - 30 * DAY);
}

describe('Mark as sent on an earlier day', () => {
  it('records the day it was sent, and the follow-up counts from it', async () => {
    const db = freshDb();
    const person = await jane(db);
    const sentAt = Date.UTC(2026, 10, 20, 9); // Friday 20 November
    const touch = await markSent(db, { personId: person.id, kind: 'request', channel: 'email', text: 'Hello', sentAt }, now);
    expect(touch.at).toBe(sentAt);
    expect(touch.createdAt).toBe(now);
    const settings = await loadSettings(db);
    const stored = await db.people.get(person.id);
    expect(stored?.nextAction?.kind).toBe('follow-up');
    expect(stored?.nextAction?.due).toBe(followUpDate(sentAt, settings));
    expect(stored!.nextAction!.due).toBeLessThan(now); // a week after 20 November: already overdue
  });

  it('defaults to now', async () => {
    const db = freshDb();
    const person = await jane(db);
    const touch = await markSent(db, { personId: person.id, kind: 'request', channel: 'email', text: 'Hello' }, now);
    expect(touch.at).toBe(now);
  });

  it('refuses a day in the future, and one outside the stored dates, in words', async () => {
    const db = freshDb();
    const person = await jane(db);
    const future = markSent(db, { personId: person.id, kind: 'request', channel: 'email', text: 'x', sentAt: now + DAY }, now);
    await expect(future).rejects.toMatchObject({ code: 'draftSentInFuture' });
    const ancient = markSent(db, { personId: person.id, kind: 'request', channel: 'email', text: 'x', sentAt: Date.UTC(1989, 5, 1) }, now);
    await expect(ancient).rejects.toThrow();
    expect(await db.touches.count()).toBe(0);
  });
});

describe('the order of history', () => {
  it('counts a reply logged in the same minute as the send (typed as 09:00 for a send at 09:00:37)', async () => {
    const db = freshDb();
    const person = await jane(db);
    await markSent(db, { personId: person.id, kind: 'request', channel: 'email', text: 'Hello' }, now);
    await logTouch(db, { personId: person.id, kind: 'reply', at: Date.UTC(2026, 11, 7, 9, 0), channel: 'email' }, now + 20_000);
    const stored = await db.people.get(person.id);
    expect(stored?.nextAction?.reason).toMatchObject({ code: 'schedule-meeting' });
    const timeline = await loadTimeline(db, person.id);
    expect(timeline.map((e) => (e.type === 'touch' ? e.touch.kind : e.type))).toEqual(['reply', 'request']);
  });

  it('keeps time first: a reply dated the minute before the send came before it', async () => {
    const db = freshDb();
    const person = await jane(db);
    await logTouch(db, { personId: person.id, kind: 'reply', at: now - 60_000, channel: 'email' }, now);
    await markSent(db, { personId: person.id, kind: 'request', channel: 'email', text: 'Hello' }, now + 1000);
    expect((await db.people.get(person.id))?.nextAction?.reason).toMatchObject({ code: 'follow-up-first' });
    const timeline = await loadTimeline(db, person.id);
    expect(timeline.map((e) => (e.type === 'touch' ? e.touch.kind : e.type))).toEqual(['request', 'reply']);
  });

  it('orders a back-dated send by its day, not by when it was logged', async () => {
    const db = freshDb();
    const person = await jane(db);
    await logTouch(db, { personId: person.id, kind: 'call', at: now - 2 * DAY, channel: 'phone' }, now - 2 * DAY);
    await markSent(db, { personId: person.id, kind: 'request', channel: 'email', text: 'Hi', sentAt: now - 5 * DAY }, now);
    const timeline = await loadTimeline(db, person.id);
    expect(timeline.map((e) => (e.type === 'touch' ? e.touch.kind : e.type))).toEqual(['call', 'request']);
  });
});

describe('a meeting held while it is still to come', () => {
  it('is refused in words unless the user confirms it took place early (its date then becomes now)', async () => {
    const db = freshDb();
    const person = await jane(db);
    const meeting = await scheduleMeeting(db, { personId: person.id, at: now + 2 * DAY, mode: 'video' }, now - DAY);
    const refused = updateMeeting(db, meeting.id, { status: 'done' }, now);
    await expect(refused).rejects.toBeInstanceOf(InroadsError);
    await expect(updateMeeting(db, meeting.id, { status: 'done' }, now)).rejects.toMatchObject({ code: 'meetingHeldInFuture' });
    expect((await db.meetings.get(meeting.id))?.status).toBe('scheduled');
    const held = await updateMeeting(db, meeting.id, { status: 'done' }, now, undefined, { heldEarly: true });
    expect(held).toMatchObject({ status: 'done', at: now });
    expect((await db.people.get(person.id))?.stage).toBe('met');
  });

  it('is not made held by notes written before it (preparation); notes after it still mark it held', async () => {
    const db = freshDb();
    const person = await jane(db);
    const future = await scheduleMeeting(db, { personId: person.id, at: now + DAY, mode: 'phone' }, now - DAY);
    const prepared = await updateMeeting(db, future.id, { notes: 'Ask about the clinic pilot' }, now);
    expect(prepared.status).toBe('scheduled');
    const past = await scheduleMeeting(db, { personId: person.id, at: now - DAY, mode: 'phone' }, now - 2 * DAY);
    expect((await updateMeeting(db, past.id, { notes: 'Great talk' }, now)).status).toBe('done');
  });

  it('refuses moving a held meeting into the future', async () => {
    const db = freshDb();
    const person = await jane(db);
    const past = await scheduleMeeting(db, { personId: person.id, at: now - DAY, mode: 'phone' }, now - 2 * DAY);
    await updateMeeting(db, past.id, { status: 'done' }, now);
    await expect(updateMeeting(db, past.id, { at: now + 3 * DAY }, now)).rejects.toMatchObject({ code: 'meetingHeldInFuture' });
  });
});
