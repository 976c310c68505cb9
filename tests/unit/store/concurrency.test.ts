import { describe, expect, it } from 'vitest';
import { updatePerson } from '@/lib/store/people/person-edit';
import { recordProfileView } from '@/lib/store/people/profile-view';
import { freshDb, snapshotOf } from '../helpers';
import { T0 } from './import-fixtures';

describe('two tabs saving the same person at once', () => {
  it('leave one record with both changes', async () => {
    const db = freshDb();
    const first = await recordProfileView(db, snapshotOf(), T0 + 1000);
    // Tab A: the profile is viewed again (new headline, more mutuals);
    // tab B (side panel): the user edits the phone and notes. Both start together.
    await Promise.all([
      recordProfileView(db, snapshotOf({ headline: 'Design lead at Acme', mutualCount: 9 }), T0 + 2000),
      updatePerson(db, first!.id, { phone: '+1 555 0100', notes: 'Met at the meetup' }, T0 + 2000),
      recordProfileView(db, snapshotOf({ headline: 'Design lead at Acme', mutualCount: 9 }), T0 + 2001),
    ]);
    const people = await db.people.toArray();
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({
      headline: 'Design lead at Acme',
      mutualCount: 9,
      phone: '+1 555 0100',
      notes: 'Met at the meetup',
      userEdited: ['phone'],
    });
  });

  it('never create two people for one profile seen in two tabs at once', async () => {
    const db = freshDb();
    await Promise.all([recordProfileView(db, snapshotOf(), T0 + 1000), recordProfileView(db, snapshotOf(), T0 + 1000)]);
    expect(await db.people.count()).toBe(1);
  });
});
