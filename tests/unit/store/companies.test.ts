import { describe, expect, it } from 'vitest';
import type { DBCore, Middleware } from 'dexie';
import type { Connection, Person } from '@/lib/domain/model';
import { newCandidate } from '@/lib/domain/model/new-person';
import { packConnections } from '@/lib/domain/directory/buckets';
import { forgetCompany, mergeCompany, saveCompany, updateCompany } from '@/lib/store/companies/companies';
import { loadCompany, loadTargetCompanies } from '@/lib/store/companies/company-summary';
import { companySuggestions, knownCompanyKeys, whoDoIKnowAt } from '@/lib/store/companies/who-do-i-know';
import { isEditConflict, type EditConflict } from '@/lib/store/edit-conflict';
import { freshDb } from '../helpers';

const NOW = Date.UTC(2025, 2, 13, 10);
const contact = (name: string, company?: string, i = 0): Connection => ({
  name,
  profileUrl: `https://www.linkedin.com/in/${name.toLowerCase().replace(/\W+/g, '-')}-${i}/`,
  ...(company !== undefined ? { company } : {}),
  position: 'Designer',
  connectedOn: Date.UTC(2022, 5, 2) + i,
});
const stored = (id: string, name: string, over: Partial<Person>): Person => ({ ...newCandidate(id, name, NOW), ...over });

/** Counts the directory rows (buckets) the database hands back. */
function countingBuckets(): { middleware: Middleware<DBCore>; rows: () => number } {
  let rows = 0;
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'count-buckets',
    create: (down) => ({
      ...down,
      table(name) {
        const table = down.table(name);
        if (name !== 'connections') return table;
        return {
          ...table,
          query: async (request) => {
            const result = await table.query(request);
            rows += result.result.length;
            return result;
          },
          getMany: async (request) => {
            const result = await table.getMany(request);
            rows += result.filter(Boolean).length;
            return result;
          },
        };
      },
    }),
  };
  return { middleware, rows: () => rows };
}

describe('target companies', () => {
  it('a spelling already known updates its company instead of adding another; merges are remembered; forgetting keeps people', async () => {
    const db = freshDb();
    const meta = await saveCompany(db, { name: 'Meta Platforms, Inc.', notes: 'Reality Labs' }, NOW);
    expect(meta).toMatchObject({ key: 'meta platforms', name: 'Meta Platforms, Inc.', aliases: [], status: 'researching' });
    await saveCompany(db, { name: 'Facebook', notes: 'Old name' }, NOW);
    const merged = await mergeCompany(db, meta.key, 'facebook, inc.', NOW);
    expect(merged.aliases).toEqual(['facebook']);
    expect(merged.notes).toBe('Reality Labs\n\nOld name');
    expect(await db.companies.count()).toBe(1);
    // The other spelling now lands on the same company.
    expect((await saveCompany(db, { name: 'FACEBOOK', status: 'reaching-out' }, NOW)).key).toBe('meta platforms');
    expect(await mergeCompany(db, meta.key, 'Meta Platforms', NOW)).toMatchObject({ aliases: ['facebook'] });
    await updateCompany(db, meta.key, { name: 'Meta', objectiveId: '' }, NOW);
    expect((await db.companies.get('meta platforms'))?.name).toBe('Meta');
    await db.people.put(stored('p', 'Ana', { company: 'Facebook' }));
    await forgetCompany(db, meta.key);
    expect(await db.companies.count()).toBe(0);
    expect(await db.people.count()).toBe(1);
    await expect(saveCompany(db, { name: ' — ' }, NOW)).rejects.toMatchObject({ code: 'companiesErrorNoName' });
    db.close();
  });

  it('notes are saved checked against what the form started from: notes written elsewhere meanwhile are a conflict, nothing written', async () => {
    const db = freshDb();
    const morning = Date.UTC(2026, 11, 7, 9);
    const noon = Date.UTC(2026, 11, 7, 12);
    const company = await saveCompany(db, { name: 'Northwind Health', notes: 'Design team of 12.' }, morning);
    // Another window saves its notes first.
    await updateCompany(db, company.key, { notes: 'Hiring in Lisbon.' }, noon, { notes: 'Design team of 12.' });
    const conflict = await updateCompany(db, company.key, { notes: 'Ask Ana about the team.' }, noon + 1, {
      notes: 'Design team of 12.',
    }).catch((error: unknown) => error);
    expect(isEditConflict(conflict)).toBe(true);
    expect((conflict as EditConflict).conflicts).toEqual([{ field: 'notes', stored: 'Hiring in Lisbon.', expected: 'Design team of 12.' }]);
    expect(await db.companies.get(company.key)).toMatchObject({ notes: 'Hiring in Lisbon.', updatedAt: noon });
    // A field not in `expected` is not checked; a status changed elsewhere is no conflict for the notes.
    await updateCompany(db, company.key, { status: 'reaching-out' }, noon + 2);
    const saved = await updateCompany(db, company.key, { notes: 'Hiring in Lisbon.\n\nAsk Ana.' }, noon + 3, { notes: 'Hiring in Lisbon.' });
    expect(saved).toMatchObject({ notes: 'Hiring in Lisbon.\n\nAsk Ana.', status: 'reaching-out', updatedAt: noon + 3 });
    // Notes never written (absent) are the same as empty ones.
    const other = await saveCompany(db, { name: 'Contoso' }, morning);
    expect(await updateCompany(db, other.key, { notes: 'First.' }, noon, { notes: '' })).toMatchObject({ notes: 'First.' });
    db.close();
  });

  it('the Companies view: connections, people by stage, meetings held, leads and clips of each company, and the next move', async () => {
    const db = freshDb();
    await db.connections.bulkPut(packConnections([contact('Ana Silva', 'Northwind Health, Inc.', 1), contact('Cy Park', 'Metaview')]));
    await db.people.bulkPut([
      stored('ref', 'Ben Okafor', { company: 'Fabrikam' }),
      stored('maya', 'Maya Lindqvist', { company: 'Northwind Health', kind: 'target', stage: 'requested', degree: '2nd', referredById: 'ref' }),
      stored('dee', 'Dee Ray', { company: 'northwind health', kind: 'target', stage: 'met', degree: '2nd' }),
    ]);
    await db.meetings.add({ id: 'm1', personId: 'dee', at: NOW - 1, minutes: 20, mode: 'phone', status: 'done', questions: [], notes: 'x', referrals: [], createdAt: NOW - 1, updatedAt: NOW - 1 });
    await db.clips.add({ id: 'c1', url: 'https://x.example/', title: 'About Northwind', readable: true, savedAt: NOW - 1, company: 'NORTHWIND HEALTH' });
    await saveCompany(db, { name: 'Northwind Health' }, NOW);
    const [summary] = await loadTargetCompanies(db);
    expect(summary).toMatchObject({ key: 'northwind health', byStage: { requested: 1, met: 1 }, meetingsHeld: 1 });
    expect(summary!.connections.map((c) => c.name)).toEqual(['Ana Silva']);
    expect(summary!.leads).toMatchObject([{ how: 'referred', by: 'Ben Okafor', person: { id: 'maya' } }]);
    expect(summary!.clips.map((c) => c.id)).toEqual(['c1']);
    expect(summary!.move).toEqual({ code: 'ask-met', name: 'Dee Ray' });
    // Any company can be opened, target or not, by any spelling.
    const metaview = await loadCompany(db, 'Metaview Ltd');
    expect(metaview).toMatchObject({ key: 'metaview', name: 'Metaview' });
    expect(metaview!.company).toBeUndefined();
    expect(await loadCompany(db, '...')).toBeNull();
    db.close();
  });
});

describe('who do I know at …', () => {
  it('answers by key (never by substring), with connections and people known or met; suggests companies by whole words', async () => {
    const db = freshDb();
    await db.connections.bulkPut(
      packConnections([
        contact('Ana Silva', 'Meta'),
        contact('Ben Okafor', 'Metaview'),
        contact('Cy Park', 'Meta Financial Group'),
        contact('Dee Ray', 'Meta Financial Group', 2),
        contact('Eun Kim'),
      ]),
    );
    await db.people.bulkPut([
      stored('met', 'Femi Ade', { company: 'META', stage: 'met', kind: 'target', degree: '2nd' }),
      stored('cold', 'Gia Rossi', { company: 'Meta', kind: 'target', degree: '3rd' }),
    ]);
    const known = await whoDoIKnowAt(db, 'meta');
    expect(known).toMatchObject({ key: 'meta', name: 'Meta' });
    expect(known!.connections.map((c) => c.name)).toEqual(['Ana Silva']);
    expect(known!.people.map((p) => p.name)).toEqual(['Femi Ade']);
    const keys = await knownCompanyKeys(db);
    expect(keys).toEqual(['meta', 'meta financial group', 'metaview']);
    expect(await companySuggestions(db, keys, 'Meta')).toEqual([{ key: 'meta financial group', name: 'Meta Financial Group', count: 2 }]);
    expect(await companySuggestions(db, keys, 'financial')).toEqual([{ key: 'meta financial group', name: 'Meta Financial Group', count: 2 }]);
    expect(await whoDoIKnowAt(db, '  ')).toBeUndefined();
    db.close();
  });

  it('30,000 connections at 8,000 companies: a look-up reads a few buckets of the 512, never the whole directory', async () => {
    const db = freshDb();
    const counter = countingBuckets();
    db.use(counter.middleware);
    const contacts = Array.from({ length: 30_000 }, (_, i) => contact(`Person ${i}`, `Company ${i % 8000} Ltd`, i));
    await db.connections.bulkPut(packConnections(contacts));
    const before = counter.rows();
    const known = await whoDoIKnowAt(db, 'company 4321');
    expect(known!.connections.map((c) => c.name).sort()).toEqual(['Person 12321', 'Person 20321', 'Person 28321', 'Person 4321']);
    expect(counter.rows() - before).toBeLessThanOrEqual(4);
    expect((await knownCompanyKeys(db)).length).toBe(8000);
    db.close();
  }, 60_000);
});
