/**
 * The follow-up list by due date in the zone of Settings (issue 15, item 6):
 * overdue, today, tomorrow, this week, later, then "waiting on them" apart and
 * dated; and a snooze that says what it did.
 */
import { describe, expect, it } from 'vitest';
import { followUpList } from '@/lib/store/history/follow-ups';
import { addTarget } from '@/lib/store/use-cases/add-target';
import { logTouch } from '@/lib/store/history/touches';
import { snoozePerson } from '@/lib/store/people/person-edit';
import { freshDb } from '../helpers';

const DAY = 86_400_000;
// Monday 7 December 2026, 20:00 UTC: already Tuesday 8 December 09:00 in Auckland.
const now = Date.UTC(2026, 11, 7, 20);

async function waitingOn(db: ReturnType<typeof freshDb>, name: string, promisedFollowUpAt: number) {
  const person = await addTarget(db, { profileUrl: `https://www.linkedin.com/in/${name.toLowerCase()}/`, name }, now - 10 * DAY);
  await logTouch(db, { personId: person.id, kind: 'request', at: now - DAY, channel: 'email', promisedFollowUpAt }, now - DAY);
  return person;
}

const sections = async (db: ReturnType<typeof freshDb>, zone?: string) =>
  (await followUpList(db, now, zone)).map((r) => [r.person.name, r.section]);

describe('follow-up sections', () => {
  it('puts a follow-up due tomorrow under Tomorrow, above a later one, and waiting ones apart in date order', async () => {
    const db = freshDb();
    await waitingOn(db, 'February', Date.UTC(2027, 1, 9, 9));
    await waitingOn(db, 'Tomorrow', Date.UTC(2026, 11, 8, 9));
    await waitingOn(db, 'Thursday', Date.UTC(2026, 11, 10, 9));
    await addTarget(db, { profileUrl: 'https://www.linkedin.com/in/new/', name: 'New' }, now);
    expect(await sections(db, 'UTC')).toEqual([
      ['New', 'today'],
      ['Tomorrow', 'tomorrow'],
      ['Thursday', 'waiting'],
      ['February', 'waiting'],
    ]);
  });

  it('groups in the zone of Settings: what is tomorrow in London is today in Auckland', async () => {
    const db = freshDb();
    await waitingOn(db, 'Tuesday', Date.UTC(2026, 11, 8, 9)); // Tue 8 Dec 09:00 UTC = Tue 22:00 in Auckland
    await waitingOn(db, 'Wednesday', Date.UTC(2026, 11, 9, 9));
    expect(await sections(db, 'Europe/London')).toEqual([
      ['Tuesday', 'tomorrow'],
      ['Wednesday', 'waiting'],
    ]);
    expect(await sections(db, 'Pacific/Auckland')).toEqual([
      ['Tuesday', 'today'],
      ['Wednesday', 'tomorrow'],
    ]);
  });
});

describe('snooze feedback', () => {
  it('says until when it snoozed', async () => {
    const db = freshDb();
    const person = await addTarget(db, { profileUrl: 'https://www.linkedin.com/in/jane/', name: 'Jane' }, now);
    const until = Date.UTC(2026, 11, 15);
    expect(await snoozePerson(db, person.id, until, now)).toEqual({ snoozed: true, until });
    expect((await db.people.get(person.id))?.nextAction?.due).toBe(until);
  });

  it('on a row already due later than the snooze date, changes nothing and says when it is due', async () => {
    const db = freshDb();
    const person = await waitingOn(db, 'Sam', Date.UTC(2026, 11, 22, 9));
    const before = await db.people.get(person.id);
    expect(await snoozePerson(db, person.id, Date.UTC(2026, 11, 14), now)).toEqual({ snoozed: false, due: Date.UTC(2026, 11, 22, 9) });
    expect(await db.people.get(person.id)).toEqual(before);
  });
});
