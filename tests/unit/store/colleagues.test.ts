import { describe, expect, it } from 'vitest';
import type { Person } from '@/lib/domain/model';
import { newCandidate } from '@/lib/domain/model/new-person';
import { decideApproach } from '@/lib/domain/approach/approach';
import { importConnections } from '@/lib/store/directory/import-connections';
import { loadApproachInput } from '@/lib/store/people/approach-context';
import { colleaguesOf, MAX_COLLEAGUES } from '@/lib/store/people/colleagues';
import { mergeCompany, saveCompany } from '@/lib/store/companies/companies';
import { freshDb, snapshotOf } from '../helpers';

const NOW = Date.UTC(2025, 2, 13, 10);
const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
const row = (first: string, last: string, company: string) =>
  `${first},${last},https://www.linkedin.com/in/${`${first}-${last}`.toLowerCase()},,"${company}",Engineer,02 Jun 2022`;
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n');
const maya = snapshotOf({
  url: 'https://www.linkedin.com/in/maya-lindqvist/',
  name: 'Maya Lindqvist',
  company: 'Northwind Health AB',
  degree: '3rd',
  mutuals: [],
  mutualCount: undefined,
});
const stored = (id: string, name: string, over: Partial<Person>): Person => ({ ...newCandidate(id, name, NOW), ...over });

describe('colleagues: the warm paths at the person’s company', () => {
  it('offers the user’s connections there, people met first, never the person or the user', async () => {
    const db = freshDb();
    await importConnections(
      db,
      csv(row('Ana', 'Silva', 'Northwind Health, Inc.'), row('Maya', 'Lindqvist', 'Northwind Health'), row('Cy', 'Park', 'Northwind Healthcare')),
      NOW,
    );
    await db.people.bulkPut([
      stored('met', 'Dee Ray', { company: 'NORTHWIND HEALTH', stage: 'met', kind: 'target', degree: '2nd' }),
      stored('stranger', 'Eve Stone', { company: 'Northwind Health', kind: 'target', degree: '3rd' }),
      stored('me', 'Sam Seeker', { company: 'Northwind Health', degree: 'self' }),
    ]);
    const found = await colleaguesOf(db, maya);
    expect(found.map((k) => k.name)).toEqual(['Dee Ray', 'Ana Silva']);
    expect(found.every((k) => k.colleagueAt === 'Northwind Health AB')).toBe(true);
    expect(found[0]).toMatchObject({ id: 'met', met: true });
    db.close();
  });

  it('a 3rd-degree profile at a company where the user has a connection: an introduction through them, with the reason', async () => {
    const db = freshDb();
    await importConnections(db, csv(row('Ana', 'Silva', 'Northwind Health, Inc.')), NOW);
    const approach = decideApproach(await loadApproachInput(db, maya, undefined), NOW);
    expect(approach.kind).toBe('introduction-request');
    expect(approach.introducers[0]).toMatchObject({
      name: 'Ana Silva',
      tier: 'colleague',
      url: 'https://www.linkedin.com/in/ana-silva/',
      why: 'Ana works at Northwind Health AB with Maya, and is one of your 1st-degree connections.',
    });
    db.close();
  });

  it('uses the name of the user’s company and its merged spellings', async () => {
    const db = freshDb();
    await importConnections(db, csv(row('Ana', 'Silva', 'Northwind Sweden')), NOW);
    const company = await saveCompany(db, { name: 'Northwind Health' }, NOW);
    await mergeCompany(db, company.key, 'Northwind Sweden', NOW);
    const found = await colleaguesOf(db, maya);
    expect(found.map((k) => `${k.name} @ ${k.colleagueAt}`)).toEqual(['Ana Silva @ Northwind Health']);
    db.close();
  });

  it('nobody without a company, and at most a handful at a big employer', async () => {
    const db = freshDb();
    const many = Array.from({ length: 40 }, (_, i) => row(`P${i}`, 'Staff', 'Infosys Limited'));
    await importConnections(db, csv(...many), NOW);
    expect(await colleaguesOf(db, { ...maya, company: undefined })).toEqual([]);
    expect(await colleaguesOf(db, { ...maya, company: 'Infosys' })).toHaveLength(MAX_COLLEAGUES);
    db.close();
  });
});
