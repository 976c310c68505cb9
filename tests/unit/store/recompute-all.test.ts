import { describe, expect, it, vi } from 'vitest';
import { scheduleMeeting, updateMeeting } from '@/lib/store/history/meetings';
import { recordReferrals } from '@/lib/store/use-cases/record-referrals';
import { recomputeNextAction } from '@/lib/store/history/next-action';
import { deletePerson } from '@/lib/store/people/person-edit';
import { recomputeAllNextActions } from '@/lib/store/history/recompute-all';
import { saveSettings } from '@/lib/store/settings/settings-save';
import { logTouch } from '@/lib/store/history/touches';
import { freshDb } from '../helpers';
import { personOf } from '../components/sidepanel/targets-fixtures';

const DAY = 86_400_000;
/** Tuesday 2 January 2024, 10:00 UTC. */
const NOW = Date.UTC(2024, 0, 2, 10);

describe('recomputeAllNextActions', () => {
  it('moves every target’s follow-up after the follow-up days change, and leaves candidates alone', async () => {
    const db = freshDb();
    await saveSettings(db, { timeZone: 'UTC', followUpDays: 7 });
    await db.people.bulkPut([
      personOf({ id: 'a' }),
      personOf({ id: 'b' }),
      personOf({ id: 'c', kind: 'candidate', stage: undefined }),
    ]);
    for (const personId of ['a', 'b']) {
      await logTouch(db, { personId, kind: 'request', at: NOW, channel: 'email' }, NOW);
    }
    const before = (await db.people.get('a'))!.nextActionAt!;
    expect(before).toBeGreaterThanOrEqual(NOW + 7 * DAY - DAY);

    await saveSettings(db, { followUpDays: 21 });
    // Nothing changes until the recompute runs.
    expect((await db.people.get('a'))!.nextActionAt).toBe(before);
    const count = await recomputeAllNextActions(db, NOW);
    expect(count).toBe(2);
    for (const id of ['a', 'b']) {
      const person = (await db.people.get(id))!;
      expect(person.nextAction?.kind).toBe('follow-up');
      expect(person.nextActionAt).toBeGreaterThanOrEqual(NOW + 21 * DAY - DAY);
      expect(person.nextActionAt).toBe(person.nextAction?.due);
    }
    expect((await db.people.get('c'))!.nextAction).toBeUndefined();
  });

  it('works in chunks, one transaction each, reporting progress', async () => {
    // Few people with tiny chunks: fake-indexeddb rewrites indexes slowly, and chunking does not depend on size.
    const db = freshDb();
    await db.people.bulkPut(Array.from({ length: 5 }, (_, i) => personOf({ id: `t${i}` })));
    await db.people.put(personOf({ id: 'cand', kind: 'candidate', stage: undefined }));
    const transactions = vi.spyOn(db, 'transaction');
    const progress: [number, number][] = [];
    const count = await recomputeAllNextActions(db, NOW, {
      chunkSize: 2,
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(count).toBe(5);
    expect(progress).toEqual([
      [2, 5],
      [4, 5],
      [5, 5],
    ]);
    expect(transactions).toHaveBeenCalledTimes(3);
    expect(await db.people.where('nextActionAt').above(0).count()).toBe(5);
  });

  it('gives the same next actions as recomputeNextAction, person by person', async () => {
    const db = freshDb();
    await saveSettings(db, { timeZone: 'Europe/Paris' });
    await db.people.bulkPut([
      personOf({ id: 'intro', name: 'Ivy Introducer', degree: '1st' }),
      personOf({ id: 'met', name: 'Mo Met' }),
      personOf({ id: 'cold', name: 'Cal Cold' }),
      personOf({ id: 'snoozed', name: 'Sue Snooze', snoozedUntil: NOW + 30 * DAY }),
      personOf({ id: 'gone', name: 'Gil Gone' }),
      personOf({ id: 'orphan', name: 'Olive Orphan', referredById: 'gone' }),
      personOf({ id: 'cand', name: 'Cara Candidate', kind: 'candidate', stage: undefined }),
    ]);
    await logTouch(
      db,
      { personId: 'cold', kind: 'introduction-request', at: NOW - 9 * DAY, channel: 'email', introducerId: 'intro' },
      NOW - 9 * DAY,
    );
    await logTouch(db, { personId: 'snoozed', kind: 'request', at: NOW - 20 * DAY, channel: 'email' }, NOW - 20 * DAY);
    const meeting = await scheduleMeeting(db, { personId: 'met', at: NOW - 3 * DAY, mode: 'video' }, NOW - 10 * DAY);
    await updateMeeting(db, meeting.id, { notes: 'Great chat' }, NOW - 3 * DAY);
    await recordReferrals(
      db,
      meeting.id,
      [
        { name: 'Rae Referral', nameAllowed: true },
        { name: 'Kit Checkback', nameAllowed: false, checkBackAt: NOW + 5 * DAY },
      ],
      NOW - 3 * DAY,
    );
    await deletePerson(db, 'gone');
    await saveSettings(db, { followUpDays: 4, preferredDays: [1, 5], keepInTouchDays: 30 });

    const ids = (await db.people.toArray()).map((p) => p.id).sort();
    await recomputeAllNextActions(db, NOW);
    const batched = await db.people.bulkGet(ids);
    for (const id of ids)
      await db.transaction('rw', db.people, db.touches, db.meetings, db.meta, () => recomputeNextAction(db, id, NOW));
    const oneByOne = await db.people.bulkGet(ids);
    expect(batched.map((p) => [p!.id, p!.nextAction, p!.nextActionAt])).toEqual(
      oneByOne.map((p) => [p!.id, p!.nextAction, p!.nextActionAt]),
    );
    expect(batched.filter((p) => p!.nextAction).length).toBeGreaterThanOrEqual(6);
  });

  it('does nothing (and reports nothing) with no targets', async () => {
    const db = freshDb();
    const progress: number[] = [];
    expect(await recomputeAllNextActions(db, NOW, { onProgress: (done) => progress.push(done) })).toBe(0);
    expect(progress).toEqual([]);
  });
});
