import { describe, expect, it } from 'vitest';
import { packConnections } from '@/lib/domain/directory/buckets';
import {
  personIdOf,
  personIdsByUrl,
  prepareConnections,
  selectConnections,
  type ConnectionSummary,
} from '@/lib/store/directory/connection-list';
import type { Connection } from '@/lib/domain/model';
import { loadConnections } from '@/lib/store/directory/connections';
import { freshDb } from '../helpers';
import { personOf } from '../components/sidepanel/targets-fixtures';

const url = (slug: string) => `https://www.linkedin.com/in/${slug}/`;
const names = (list: readonly ConnectionSummary[]) => list.map((c) => c.connection.name);

const DIRECTORY: Connection[] = [
  { name: 'zoë Adams', profileUrl: url('zoe-adams'), company: 'Acme', position: 'Designer' },
  { name: 'Élodie Dubois', profileUrl: url('elodie'), company: 'Société Générale', position: 'Risk analyst' },
  { name: 'Ben Okafor', company: 'Globex', position: 'Product Designer' },
  { name: 'ben okafor', company: 'Initech', position: 'Recruiter' },
  { name: 'Anna Berg', profileUrl: url('anna-berg') },
];

describe('prepareConnections', () => {
  it('sorts by name ignoring case and accents, ties by key, and keys every connection uniquely', () => {
    const list = prepareConnections(DIRECTORY);
    expect(names(list)).toEqual(['Anna Berg', 'Ben Okafor', 'ben okafor', 'Élodie Dubois', 'zoë Adams']);
    expect(new Set(list.map((c) => c.key)).size).toBe(DIRECTORY.length);
    expect(list[3]!.key).toBe(url('elodie'));
  });

  it('links a connection to the person with the same profile URL, and only by URL', () => {
    const list = prepareConnections(DIRECTORY);
    const links = new Map([
      [url('elodie'), 'p-elodie'],
      [url('someone-else'), 'p-other'],
    ]);
    const byName = new Map(list.map((c) => [c.connection.name, personIdOf(c, links)]));
    expect(byName.get('Élodie Dubois')).toBe('p-elodie');
    expect(byName.get('zoë Adams')).toBeUndefined();
    expect(byName.get('Ben Okafor')).toBeUndefined();
    expect(personIdOf(list[0]!, undefined)).toBeUndefined();
  });

  it('keeps the stored connection as is (what "Add as target" is given)', () => {
    const list = prepareConnections(DIRECTORY);
    expect(list.find((c) => c.connection.name === 'Anna Berg')!.connection).toBe(DIRECTORY[4]);
  });
});

describe('selectConnections', () => {
  const all = prepareConnections(DIRECTORY);

  it('returns everyone, in name order, for an empty or blank search', () => {
    expect(names(selectConnections(all, ''))).toEqual(names(all));
    expect(names(selectConnections(all, '   '))).toEqual(names(all));
    expect(selectConnections(all, '')).not.toBe(all);
  });

  it('matches name, company and position, case- and accent-insensitively', () => {
    expect(names(selectConnections(all, 'ELODIE'))).toEqual(['Élodie Dubois']);
    expect(names(selectConnections(all, 'zoe'))).toEqual(['zoë Adams']);
    expect(names(selectConnections(all, 'société'))).toEqual(['Élodie Dubois']);
    expect(names(selectConnections(all, 'designer'))).toEqual(['Ben Okafor', 'zoë Adams']);
    expect(names(selectConnections(all, 'recruiter'))).toEqual(['ben okafor']);
  });

  it('requires every word, in any field', () => {
    expect(names(selectConnections(all, 'ben globex'))).toEqual(['Ben Okafor']);
    expect(names(selectConnections(all, 'designer acme'))).toEqual(['zoë Adams']);
    expect(selectConnections(all, 'designer initech')).toEqual([]);
  });

  // Speed: the Connections view's first paint in `npm run bench`; tests never assert on wall-clock time.
  it('searches 30,000 connections (accents and case ignored)', { timeout: 30_000 }, () => {
    const many: Connection[] = Array.from({ length: 30_000 }, (_, i) => ({
      name: `${['Ana', 'Élodie', 'Ben', 'Chloé'][i % 4]} Person ${i}`,
      profileUrl: url(`p-${i}`),
      company: ['Acme', 'Société Générale', 'Globex'][i % 3],
      position: 'Engineer',
    }));
    const prepared = prepareConnections(many);
    const found = selectConnections(prepared, 'elodie generale');
    expect(found).toHaveLength(2_500);
    expect(found.every((c) => c.connection.name.startsWith('Élodie'))).toBe(true);
  });
});

describe('personIdsByUrl', () => {
  it('maps the profile URL of every person that has one to their id', async () => {
    const db = freshDb();
    await db.connections.bulkPut(packConnections(DIRECTORY));
    await db.people.bulkAdd([
      personOf({ id: 'p-elodie', name: 'Élodie Dubois', profileUrl: url('elodie') }),
      personOf({ id: 'p-anna', name: 'Anna Berg', profileUrl: url('anna-berg'), kind: 'candidate', stage: undefined }),
      personOf({ id: 'p-nourl', name: 'No Url' }),
    ]);
    const links = await personIdsByUrl(db);
    expect([...links].sort()).toEqual([
      [url('anna-berg'), 'p-anna'],
      [url('elodie'), 'p-elodie'],
    ]);
    const linked = prepareConnections(await loadConnections(db)).filter((c) => personIdOf(c, links));
    expect(linked.map((c) => [c.connection.name, personIdOf(c, links)])).toEqual([
      ['Anna Berg', 'p-anna'],
      ['Élodie Dubois', 'p-elodie'],
    ]);
    db.close();
  });

  it('is empty for an empty database', async () => {
    const db = freshDb();
    expect(await personIdsByUrl(db)).toEqual(new Map());
    db.close();
  });
});
