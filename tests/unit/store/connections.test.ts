import { describe, expect, it } from 'vitest';
import { loadApproachInput } from '@/lib/store/people/approach-context';
import { bucketOf, CONNECTION_BUCKETS, packConnections } from '@/lib/domain/directory/buckets';
import {
  connectionByUrl,
  connectionsByName,
  countConnections,
  loadConnections,
  mergeConnections,
} from '@/lib/store/directory/connections';
import { introducerPersonId } from '@/lib/store/people/introducer';
import { recordProfileView } from '@/lib/store/people/profile-view';
import { addTarget } from '@/lib/store/use-cases/add-target';
import type { Connection } from '@/lib/domain/model';
import { decideApproach } from '@/lib/domain/approach/approach';
import { freshDb, snapshotOf } from '../helpers';
import { personOf } from './import-fixtures';

const NOW = Date.UTC(2026, 10, 2, 10);
const ANA: Connection = {
  name: 'Ana Silva',
  profileUrl: 'https://www.linkedin.com/in/ana-silva/',
  company: 'Acme',
  position: 'Designer',
  email: 'ana@example.org',
  connectedOn: Date.UTC(2021, 3, 9),
};
const BEN: Connection = { name: 'Ben Okáfor', company: 'Globex', connectedOn: Date.UTC(2019, 0, 3) };

async function directoryOf(...contacts: Connection[]) {
  const db = freshDb();
  await db.transaction('rw', db.connections, () => mergeConnections(db, contacts));
  return db;
}

describe('the contact directory', () => {
  it('packs connections into at most 512 rows, by a stable hash of the key', () => {
    // FNV-1a of the key: part of the stored format (a change needs a schema version).
    expect(bucketOf('https://www.linkedin.com/in/ana-silva/')).toBe(bucketOf('https://www.linkedin.com/in/ana-silva/'));
    expect([bucketOf(''), bucketOf('a'), bucketOf('foobar')]).toEqual([
      0x811c9dc5 % 512,
      0xe40c292c % 512,
      0xbf9cf968 % 512,
    ]);
    const many = Array.from({ length: 5000 }, (_, i) => ({
      name: `P ${i}`,
      profileUrl: `https://www.linkedin.com/in/p-${i}/`,
    }));
    const rows = packConnections(many);
    expect(rows.length).toBeLessThanOrEqual(CONNECTION_BUCKETS);
    expect(rows.reduce((n, row) => n + row.contacts.length, 0)).toBe(5000);
    // Evenly spread: no bucket holds more than three times its share.
    expect(Math.max(...rows.map((row) => row.contacts.length))).toBeLessThan((3 * 5000) / CONNECTION_BUCKETS);
  });

  it('finds a connection by profile URL and by name (ignoring case and accents), and counts them', async () => {
    const db = await directoryOf(ANA, BEN);
    expect(await connectionByUrl(db, ANA.profileUrl)).toEqual(ANA);
    expect(await connectionByUrl(db, 'https://www.linkedin.com/in/nobody/')).toBeUndefined();
    expect(await connectionsByName(db, ['ben okafor', 'ANA SILVA'])).toEqual(expect.arrayContaining([ANA, BEN]));
    expect(await connectionsByName(db, ['Ana'])).toEqual([]);
    expect(await countConnections(db)).toBe(2);
  });

  it('merges a newer export: new details win, a missing e-mail or date is kept, outcomes per connection', async () => {
    const db = await directoryOf(ANA, BEN);
    const moved = { name: 'Ana Silva', profileUrl: ANA.profileUrl, company: 'Initech', position: 'Lead' };
    const outcomes = await db.transaction('rw', db.connections, () =>
      mergeConnections(db, [moved, BEN, { name: 'Cy Park' }]),
    );
    expect([...outcomes.values()]).toEqual(['updated', 'unchanged', 'added']);
    expect(await connectionByUrl(db, ANA.profileUrl)).toEqual({
      ...moved,
      email: ANA.email,
      connectedOn: ANA.connectedOn,
    });
    expect(await loadConnections(db)).toHaveLength(3);
  });
});

describe('what the directory feeds', () => {
  it('a mutual known only as a connection ranks as a 1st-degree introducer, after people already met', async () => {
    const db = await directoryOf(ANA, BEN);
    await db.people.add(personOf({ id: 'cy', name: 'Cy Park', stage: 'met', kind: 'target' }));
    const snapshot = snapshotOf({
      mutuals: [
        { name: 'Ben Okafor' },
        { name: 'Ana Silva', url: ANA.profileUrl },
        { name: 'Cy Park' },
        { name: 'Di Lo' },
      ],
    });
    const input = await loadApproachInput(db, snapshot, undefined);
    expect(input.knownMutuals.map((k) => [k.name, k.id, k.firstDegree])).toEqual([
      ['Cy Park', 'cy', false],
      ['Ana Silva', undefined, true],
      ['Ben Okáfor', undefined, true],
    ]);
    const approach = decideApproach(input, NOW);
    expect(approach.introducers.map((i) => [i.name, i.tier, i.personId])).toEqual([
      ['Cy Park', 'met', 'cy'],
      ['Ben Okáfor', 'first-degree', undefined],
      ['Ana Silva', 'first-degree', undefined],
      ['Di Lo', 'listed', undefined],
    ]);
  });

  it('never guesses between namesakes, and a connection who is a stored person counts as that person', async () => {
    const maria = (slug: string): Connection => ({
      name: 'Maria Garcia',
      profileUrl: `https://www.linkedin.com/in/${slug}/`,
    });
    const db = await directoryOf(maria('maria-1'), maria('maria-2'), BEN);
    await db.people.add(personOf({ id: 'ben', name: 'Ben Okáfor', company: 'Globex', kind: 'target', stage: 'met' }));
    const shownWithoutUrls = snapshotOf({ mutuals: [{ name: 'Maria Garcia' }, { name: 'Ben Okafor' }] });
    const input = await loadApproachInput(db, shownWithoutUrls, undefined);
    // Two connections named Maria Garcia: neither is assumed; Ben (no URL) is the met person of that name and company.
    expect(input.knownMutuals.map((k) => [k.name, k.id, k.met])).toEqual([['Ben Okáfor', 'ben', true]]);
    expect(decideApproach(input, NOW).introducers.map((i) => [i.name, i.tier])).toEqual([
      ['Ben Okáfor', 'met'],
      ['Maria Garcia', 'listed'],
    ]);
    const withUrl = snapshotOf({ mutuals: [{ name: 'Maria Garcia', url: maria('maria-2').profileUrl }] });
    expect((await loadApproachInput(db, withUrl, undefined)).knownMutuals).toEqual([
      { name: 'Maria Garcia', profileUrl: maria('maria-2').profileUrl, met: false, tracked: false, firstDegree: true },
    ]);
  });

  it('a connection viewed on LinkedIn becomes a candidate with their connected-on date; the page degree wins', async () => {
    const db = await directoryOf(ANA);
    const viewed = await recordProfileView(
      db,
      snapshotOf({
        url: ANA.profileUrl,
        publicId: 'ana-silva',
        name: 'Ana Silva',
        degree: 'unknown',
        company: undefined,
      }),
      NOW,
    );
    expect(viewed).toMatchObject({
      kind: 'candidate',
      degree: '1st',
      connectedOn: ANA.connectedOn,
      email: ANA.email,
      company: 'Acme',
      position: 'Designer',
    });
    const again = await recordProfileView(
      db,
      snapshotOf({ url: ANA.profileUrl, publicId: 'ana-silva', name: 'Ana Silva', degree: '2nd' }),
      NOW + 1,
    );
    expect(again).toMatchObject({ id: viewed!.id, degree: '2nd', connectedOn: ANA.connectedOn });
    expect(await db.people.count()).toBe(1);
  });

  it('"Add as target" on a connection makes a 1st-degree target of them, once', async () => {
    const db = await directoryOf(ANA, BEN);
    const target = await addTarget(db, { connection: BEN }, NOW);
    expect(target).toMatchObject({
      kind: 'target',
      stage: 'to-contact',
      name: 'Ben Okáfor',
      degree: '1st',
      connectedOn: BEN.connectedOn,
      company: 'Globex',
    });
    const byUrl = await addTarget(db, { profileUrl: ANA.profileUrl, name: 'Ana' }, NOW);
    expect(byUrl).toMatchObject({ kind: 'target', name: 'Ana Silva', degree: '1st', email: ANA.email });
    const twice = await addTarget(db, { connection: ANA }, NOW + 1);
    expect(twice.id).toBe(byUrl.id);
    // Without a profile URL (an old export), the same name and company is the same person.
    expect((await addTarget(db, { connection: BEN }, NOW + 2)).id).toBe(target.id);
    expect(await db.people.count()).toBe(2);
  });

  it('a stored person keeps the degree a page showed; the directory fills an unknown one', async () => {
    const db = await directoryOf(ANA, BEN);
    await db.people.bulkAdd([
      personOf({ id: 'ana', name: 'Ana Silva', profileUrl: ANA.profileUrl, degree: '2nd', lastSeenAt: NOW - 1 }),
      personOf({ id: 'cy', name: 'Cy Muller', company: 'Acme' }),
    ]);
    expect(await addTarget(db, { personId: 'ana' }, NOW)).toMatchObject({
      degree: '2nd',
      connectedOn: ANA.connectedOn,
    });
    // Without a URL, the same name and company ignoring accents is the same person.
    const connectedOn = Date.UTC(2020, 4, 5);
    const cy = await addTarget(db, { connection: { name: 'Cy Müller', company: 'ACME', connectedOn } }, NOW);
    expect(cy).toMatchObject({ id: 'cy', degree: '1st', connectedOn });
    expect(await db.people.count()).toBe(2);
  });

  it('an introducer known only as a connection becomes a person (so they can be thanked), once', async () => {
    const db = await directoryOf(ANA, BEN);
    const id = await introducerPersonId(db, { name: 'Ana Silva', url: ANA.profileUrl }, NOW);
    expect(await db.people.get(id!)).toMatchObject({ name: 'Ana Silva', degree: '1st', connectedOn: ANA.connectedOn });
    expect(await introducerPersonId(db, { name: 'Ana Silva', url: ANA.profileUrl }, NOW)).toBe(id);
    const ben = await introducerPersonId(db, { name: 'Ben Okafor' }, NOW);
    expect(await db.people.get(ben!)).toMatchObject({ name: 'Ben Okáfor', company: 'Globex' });
    expect(await introducerPersonId(db, { name: 'Ben Okafor' }, NOW)).toBe(ben);
    expect(await introducerPersonId(db, { name: 'Di Lo' }, NOW)).toBeUndefined();
    expect(await introducerPersonId(db, { name: 'Ben', personId: ben! }, NOW)).toBe(ben);
    // A person chosen once and deleted since is not pointed at: they are known by name only.
    expect(await introducerPersonId(db, { name: 'Gone', personId: 'deleted-person' }, NOW)).toBeUndefined();
    expect(await db.people.count()).toBe(2);
  });
});
