/**
 * A reply or a decline that names someone else ("ask Jordan instead") records
 * referrals through the same use case as a meeting (issue 15, item 5).
 */
import { describe, expect, it } from 'vitest';
import { recordReferrals } from '@/lib/store/use-cases/record-referrals';
import { addTarget } from '@/lib/store/use-cases/add-target';
import { logTouch } from '@/lib/store/history/touches';
import { recomputeAllNextActions } from '@/lib/store/history/recompute-all';
import { Touch } from '@/lib/domain/model';
import { freshDb } from '../helpers';

const DAY = 86_400_000;
const now = Date.UTC(2026, 11, 7, 10); // Monday 7 December 2026

async function answered(db: ReturnType<typeof freshDb>, kind: 'reply' | 'declined') {
  const jane = await addTarget(db, { profileUrl: 'https://www.linkedin.com/in/jane-doe/', name: 'Jane Doe' }, now - 20 * DAY);
  await logTouch(db, { personId: jane.id, kind: 'request', at: now - 10 * DAY, channel: 'email' }, now - 10 * DAY);
  const answer = await logTouch(db, { personId: jane.id, kind, at: now - DAY, channel: 'email' }, now - DAY);
  return { jane, answer };
}

describe('referrals from a reply or a decline', () => {
  it('a decline naming Jordan: Jordan becomes a target referred by Jane, her name usable, and the touch keeps the referral', async () => {
    const db = freshDb();
    const { jane, answer } = await answered(db, 'declined');
    const [jordanId] = await recordReferrals(db, { touchId: answer.id }, [{ name: ' Jordan Lee ', nameAllowed: true }], now);
    const jordan = await db.people.get(jordanId!);
    expect(jordan).toMatchObject({ name: 'Jordan Lee', kind: 'target', stage: 'to-contact', referredById: jane.id, referrerNameAllowed: true });
    expect(jordan?.nextAction?.templateMoment).toBe('referred-pitch');
    const touch = await db.touches.get(answer.id);
    expect(Touch.parse(touch)).toMatchObject({ referrals: [{ personId: jordanId, nameAllowed: true }] });
    expect((await db.people.get(jane.id))?.nextAction).toBeUndefined(); // a no, and no check-back agreed
  });

  it('a decline with "I will ask her first: check back on Wednesday": Jane is owed the check-back, Jordan waits for it', async () => {
    const db = freshDb();
    const { jane, answer } = await answered(db, 'declined');
    const checkBackAt = Date.UTC(2026, 11, 16, 9);
    const [jordanId] = await recordReferrals(db, { touchId: answer.id }, [{ name: 'Jordan Lee', nameAllowed: false, checkBackAt }], now);
    expect((await db.people.get(jane.id))?.nextAction).toMatchObject({ kind: 'check-back-referrer', due: checkBackAt, templateMoment: 'check-back' });
    expect((await db.people.get(jordanId!))?.nextAction?.due).toBeGreaterThanOrEqual(checkBackAt);
    // Checking back closes it.
    await logTouch(db, { personId: jane.id, kind: 'check-back', at: checkBackAt, channel: 'email' }, checkBackAt);
    expect((await db.people.get(jane.id))?.nextAction).toBeUndefined();
  });

  it('a reply naming someone: the meeting still comes first, the check-back after it', async () => {
    const db = freshDb();
    const { jane, answer } = await answered(db, 'reply');
    const checkBackAt = Date.UTC(2026, 11, 16, 9);
    await recordReferrals(db, { touchId: answer.id }, [{ name: 'Jordan Lee', nameAllowed: true, checkBackAt }], now);
    expect((await db.people.get(jane.id))?.nextAction?.reason).toMatchObject({ code: 'schedule-meeting' });
  });

  it('recomputing every target gives the same answer as recomputing one', async () => {
    const db = freshDb();
    const { jane, answer } = await answered(db, 'declined');
    const checkBackAt = Date.UTC(2026, 11, 16, 9);
    const [jordanId] = await recordReferrals(db, { touchId: answer.id }, [{ name: 'Jordan Lee', nameAllowed: false, checkBackAt }], now);
    const before = await db.people.bulkGet([jane.id, jordanId!]);
    await recomputeAllNextActions(db, now);
    expect(await db.people.bulkGet([jane.id, jordanId!])).toEqual(before);
  });

  it('is refused on anything but a reply or a decline, in words', async () => {
    const db = freshDb();
    const jane = await addTarget(db, { profileUrl: 'https://www.linkedin.com/in/jane-doe/', name: 'Jane Doe' }, now);
    const request = await logTouch(db, { personId: jane.id, kind: 'request', at: now, channel: 'email' }, now);
    await expect(recordReferrals(db, { touchId: request.id }, [{ name: 'Jordan', nameAllowed: true }], now)).rejects.toMatchObject({
      code: 'referralsOnlyFromAnswer',
    });
    expect(await db.people.count()).toBe(1);
  });
});
