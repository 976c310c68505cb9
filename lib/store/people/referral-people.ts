import type { ReferralPerson } from '@/lib/domain/referrals/referral-tree';
import type { InroadsDb } from '@/lib/store/database';

const slim = (p: ReferralPerson): ReferralPerson => ({
  id: p.id,
  name: p.name,
  stage: p.stage,
  referredById: p.referredById,
  referredByName: p.referredByName,
  createdAt: p.createdAt,
});

/**
 * The people on the referral map: everyone referred by someone (by id, or by
 * the name of a referrer since deleted) and everyone who referred them. One
 * read transaction; only the fields the map needs are kept.
 */
export async function loadReferralPeople(db: InroadsDb): Promise<ReferralPerson[]> {
  return db.transaction('r', db.people, async () => {
    const referred = await db.people.filter((p) => Boolean(p.referredById || p.referredByName?.trim())).toArray();
    const have = new Set(referred.map((p) => p.id));
    const referrerIds = [
      ...new Set(referred.map((p) => p.referredById).filter((id): id is string => !!id && !have.has(id))),
    ];
    const referrers = (await db.people.bulkGet(referrerIds)).filter((p) => p !== undefined);
    return [...referred, ...referrers].map(slim);
  });
}
