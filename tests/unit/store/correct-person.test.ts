/**
 * Corrections that stick: the user's degree and introducer win over page
 * reads and imports, the approach follows them at once, and what the user's
 * own Connections.csv says counts where the page shows nothing.
 */
import { describe, expect, it } from 'vitest';
import { decideApproach } from '@/lib/domain/approach/approach';
import { loadApproachInput } from '@/lib/store/people/approach-context';
import { recordProfileView } from '@/lib/store/people/profile-view';
import { findPersonByUrl } from '@/lib/store/people/people';
import { deletePerson } from '@/lib/store/people/person-edit';
import { correctPerson } from '@/lib/store/use-cases/correct-person';
import { markSent } from '@/lib/store/use-cases/mark-sent';
import { addTarget } from '@/lib/store/use-cases/add-target';
import { loadIntroducerChoices, matchIntroducers } from '@/lib/store/people/introducer-choices';
import { packConnections } from '@/lib/domain/directory/buckets';
import type { InroadsDb } from '@/lib/store/database';
import type { ProfileSnapshot } from '@/lib/domain/model';
import { freshDb, snapshotOf } from '../helpers';

const NOW = Date.UTC(2026, 10, 3, 10);
const approachOf = async (db: InroadsDb, snapshot: ProfileSnapshot) =>
  decideApproach(await loadApproachInput(db, snapshot, await findPersonByUrl(db, snapshot.url)), NOW);

describe('correctPerson', () => {
  it('a corrected degree is the user’s: a later page read keeps it and records what the page showed', async () => {
    const db = freshDb();
    const page = snapshotOf({ degree: '2nd' });
    const person = (await recordProfileView(db, page, NOW))!;
    expect((await approachOf(db, page)).kind).toBe('introduction-request');
    await correctPerson(db, { personId: person.id }, { degree: '1st' }, NOW + 1);
    expect((await approachOf(db, page)).kind).toBe('direct-ask');
    await recordProfileView(db, page, NOW + 2);
    expect(await db.people.get(person.id)).toMatchObject({ degree: '1st', seenDegree: '2nd', userEdited: ['degree'] });
    await correctPerson(db, { personId: person.id }, { degree: null }, NOW + 3);
    expect(await db.people.get(person.id)).toMatchObject({ degree: '2nd', userEdited: [] });
  });

  it('choosing only an introducer never touches a degree read from the page (even with no seenDegree stored)', async () => {
    const db = freshDb();
    const person = await addTarget(db, { profileUrl: 'https://www.linkedin.com/in/old/', name: 'Old Row' }, NOW);
    await db.people.update(person.id, { degree: '2nd' }); // stored before seenDegree existed
    await correctPerson(db, { personId: person.id }, { introducer: { name: 'Laetitia' } }, NOW + 1);
    expect(await db.people.get(person.id)).toMatchObject({ degree: '2nd', introducer: { name: 'Laetitia' } });
    await correctPerson(db, { personId: person.id }, { degree: null }, NOW + 2);
    expect((await db.people.get(person.id))?.degree).toBe('2nd');
  });

  it('stores a person from the profile on screen when they were not stored yet; refuses a page that is not a profile', async () => {
    const db = freshDb();
    const page = snapshotOf({ url: 'https://www.linkedin.com/in/new-one/', publicId: 'new-one', name: 'New One' });
    const stored = await correctPerson(db, { snapshot: page }, { degree: '3rd' }, NOW);
    expect(stored).toMatchObject({ name: 'New One', degree: '3rd', kind: 'candidate', userEdited: ['degree'] });
    await expect(correctPerson(db, { snapshot: { ...page, pageKind: 'authwall' } }, { degree: '1st' }, NOW)).rejects.toMatchObject({
      code: 'correctNotAProfile',
    });
  });

  it('a chosen introducer is asked first, turns a cold email into an introduction request, and survives their deletion by name', async () => {
    const db = freshDb();
    const laetitia = await addTarget(db, { profileUrl: 'https://www.linkedin.com/in/laetitia/', name: 'Laetitia Dupont' }, NOW);
    const page = snapshotOf({ degree: '3rd', mutuals: [], mutualCount: undefined });
    const maya = (await recordProfileView(db, page, NOW))!;
    expect((await approachOf(db, page)).kind).toBe('cold-email');
    await correctPerson(db, { personId: maya.id }, { introducer: { name: laetitia.name, personId: laetitia.id, url: laetitia.profileUrl } }, NOW);
    const approach = await approachOf(db, page);
    expect(approach.kind).toBe('introduction-request');
    expect(approach.introducers[0]).toMatchObject({ name: 'Laetitia Dupont', tier: 'chosen', personId: laetitia.id });

    await deletePerson(db, laetitia.id);
    expect((await db.people.get(maya.id))?.introducer).toEqual({ name: 'Laetitia Dupont', url: laetitia.profileUrl });
    const after = await approachOf(db, page);
    expect(after.introducers[0]).toMatchObject({ name: 'Laetitia Dupont', tier: 'chosen' });
    expect(after.introducers[0]?.personId).toBeUndefined();
    const touch = await markSent(db, { personId: maya.id, kind: 'introduction-request', channel: 'linkedin', text: 'Hi', introducer: after.introducers[0] }, NOW);
    expect(touch.introducerId === undefined || (await db.people.get(touch.introducerId)) !== undefined).toBe(true);
  });

  it('a 1st-degree connection from Connections.csv gets a direct ask where the page shows no degree', async () => {
    const db = freshDb();
    const url = 'https://www.linkedin.com/in/known/';
    await db.connections.bulkPut(packConnections([{ name: 'Known Person', profileUrl: url, connectedOn: Date.UTC(2020, 0, 1) }]));
    const page = snapshotOf({ url, publicId: 'known', name: 'Known Person', degree: 'unknown', mutuals: [], mutualCount: undefined });
    await recordProfileView(db, page, NOW);
    expect((await findPersonByUrl(db, url))?.degree).toBe('1st');
    expect((await approachOf(db, page)).kind).toBe('direct-ask');
  });

  it('never offers someone as their own introducer (by id or by their Connections.csv entry)', async () => {
    const db = freshDb();
    const url = 'https://www.linkedin.com/in/self-subject/';
    await db.connections.bulkPut(packConnections([{ name: 'Sam Subject', profileUrl: url, connectedOn: 1 }]));
    const choices = await loadIntroducerChoices(db, { profileUrl: url });
    expect(matchIntroducers(choices, 'sam')).toEqual([]);
  });
});
