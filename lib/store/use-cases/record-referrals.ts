/**
 * Referrals given in a meeting, a reply or a decline (one transaction): each becomes a target linked
 * to who referred them, with whether their name may be used and when to check
 * back if the referrer contacts them first.
 */
import { InroadsError } from '@/lib/domain/errors';
import { Meeting, Person, Touch, type GivenReferral } from '@/lib/domain/model';
import { storable } from '@/lib/store/contract';
import type { InroadsDb } from '@/lib/store/database';
import { historyTables, recomputeNextAction } from '@/lib/store/history/next-action';
import { newId } from '@/lib/store/people/people';

export interface ReferralGiven {
  name: string;
  profileUrl?: string;
  company?: string;
  nameAllowed: boolean;
  checkBackAt?: number;
}

/** Where the referrals were given: a meeting (its id), or a reply or a decline (the touch's id). */
export type ReferralSource = string | { touchId: string };

/**
 * Records referrals given in a meeting, or in a reply or a decline ("ask
 * Jordan instead"), in one transaction: each becomes a new target linked to
 * who referred them, with whether their name may be used and the check-back.
 */
export async function recordReferrals(
  db: InroadsDb,
  source: ReferralSource,
  referrals: ReferralGiven[],
  now: number,
): Promise<string[]> {
  return db.transaction('rw', historyTables(db), async () => {
    const meeting = typeof source === 'string' ? await db.meetings.get(source) : undefined;
    const touch = typeof source === 'string' ? undefined : await db.touches.get(source.touchId);
    if (typeof source === 'string' && !meeting) throw new InroadsError('storeGoneMeeting');
    if (typeof source !== 'string' && !touch) throw new InroadsError('storeGoneTouch');
    if (touch && touch.kind !== 'reply' && touch.kind !== 'declined') throw new InroadsError('referralsOnlyFromAnswer');
    const referrerId = (meeting?.personId ?? touch?.personId)!;
    const given: GivenReferral[] = [];
    for (const referral of referrals) {
      const existing = referral.profileUrl
        ? await db.people.where('profileUrl').equals(referral.profileUrl).first()
        : undefined;
      const id = existing?.id ?? newId();
      // The same contract the restore enforces: a name or company too long is refused in words.
      const person = storable(Person, {
        ...(existing ?? { id, degree: 'unknown', mutuals: [], notes: '', userEdited: [], createdAt: now }),
        name: existing?.name ?? referral.name.trim(),
        ...(referral.profileUrl ? { profileUrl: referral.profileUrl } : {}),
        ...(referral.company && !existing?.company ? { company: referral.company } : {}),
        kind: 'target',
        stage: existing?.kind === 'target' && existing.stage ? existing.stage : 'to-contact',
        targetedAt: existing?.kind === 'target' ? (existing.targetedAt ?? now) : now,
        referredById: referrerId,
        referrerNameAllowed: referral.nameAllowed,
        updatedAt: now,
      });
      await db.people.put(person);
      given.push({
        personId: id,
        nameAllowed: referral.nameAllowed,
        ...(referral.checkBackAt ? { checkBackAt: referral.checkBackAt } : {}),
      });
    }
    // The list grows from what is stored now, inside this transaction.
    if (meeting) {
      await db.meetings.put(storable(Meeting, { ...meeting, referrals: [...meeting.referrals, ...given], updatedAt: now }));
    } else if (touch) {
      await db.touches.put(storable(Touch, { ...touch, referrals: [...(touch.referrals ?? []), ...given] }));
    }
    for (const { personId } of given) await recomputeNextAction(db, personId, now);
    await recomputeNextAction(db, referrerId, now);
    return given.map((g) => g.personId);
  });
}
