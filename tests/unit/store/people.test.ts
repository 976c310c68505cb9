import { describe, expect, it } from 'vitest';
import { recordProfileView } from '@/lib/store/people/profile-view';
import { freshDb, snapshotOf } from '../helpers';
import { T0 } from './import-fixtures';

describe('recording profile views', () => {
  it('refreshes a tracked target without overwriting what the user edited', async () => {
    const db = freshDb();
    const first = await recordProfileView(db, snapshotOf(), T0 + 1000);
    await db.people.update(first!.id, {
      kind: 'target',
      stage: 'requested',
      headline: 'My own words',
      userEdited: ['headline'],
    });
    const second = await recordProfileView(
      db,
      snapshotOf({ headline: 'Lead designer at Acme', degree: '1st', mutualCount: 4, name: 'Jane Q. Doe' }),
      T0 + 2000,
    );
    expect(second).toMatchObject({
      id: first!.id,
      kind: 'target',
      stage: 'requested',
      headline: 'My own words',
      name: 'Jane Q. Doe',
      degree: '1st',
      mutualCount: 4,
      lastSeenAt: T0 + 2000,
      createdAt: T0 + 1000,
    });
    expect(await db.people.count()).toBe(1);
  });

  it('keeps a known degree when a later view could not read it', async () => {
    const db = freshDb();
    await recordProfileView(db, snapshotOf({ degree: '1st' }), T0 + 1000);
    const again = await recordProfileView(db, snapshotOf({ degree: 'unknown', missing: ['degree'] }), T0 + 2000);
    expect(again?.degree).toBe('1st');
  });

  it.each(['self', 'authwall', 'not-profile'] as const)('does not store a %s page', async (pageKind) => {
    const db = freshDb();
    expect(await recordProfileView(db, snapshotOf({ pageKind }), T0 + 1000)).toBeUndefined();
    expect(await db.people.count()).toBe(0);
  });

  it('enforces one person per profile URL', async () => {
    const db = freshDb();
    await recordProfileView(db, snapshotOf(), T0 + 1000);
    await expect(
      db.people.add({ ...(await db.people.toArray())[0]!, id: 'other' }),
    ).rejects.toThrow();
  });
});
