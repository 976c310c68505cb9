import { describe, expect, it } from 'vitest';
import { loadReferralPeople } from '@/lib/store/people/referral-people';
import { deletePerson } from '@/lib/store/people/person-edit';
import { buildReferralTree } from '@/lib/domain/referrals/referral-tree';
import { freshDb } from '../helpers';
import { personOf } from '../components/sidepanel/targets-fixtures';

describe('loadReferralPeople', () => {
  it('loads the referred people and their referrers, and nobody else', async () => {
    const db = freshDb();
    await db.people.bulkPut([
      personOf({ id: 'a', name: 'Ana', notes: 'long notes' }),
      personOf({ id: 'b', name: 'Ben', referredById: 'a' }),
      personOf({ id: 'c', name: 'Cy', referredByName: 'Old Friend' }),
      personOf({ id: 'x', name: 'Unrelated' }),
    ]);
    const people = await loadReferralPeople(db);
    expect(people.map((p) => p.id).sort()).toEqual(['a', 'b', 'c']);
    expect(people.find((p) => p.id === 'a')).toEqual({
      id: 'a',
      name: 'Ana',
      stage: 'to-contact',
      referredById: undefined,
      referredByName: undefined,
      createdAt: Date.UTC(2024, 0, 1),
    });
  });

  it('keeps a deleted referrer on the map by name', async () => {
    const db = freshDb();
    await db.people.bulkPut([
      personOf({ id: 'a', name: 'Ana' }),
      personOf({ id: 'b', name: 'Ben', referredById: 'a' }),
    ]);
    await deletePerson(db, 'a');
    const tree = buildReferralTree(await loadReferralPeople(db));
    expect(tree.roots.map((r) => [r.name, r.personId, r.children.map((c) => c.name)])).toEqual([
      ['Ana', undefined, ['Ben']],
    ]);
  });
});
