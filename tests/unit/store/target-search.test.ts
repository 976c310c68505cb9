import { describe, expect, it } from 'vitest';
import {
  companiesOf,
  foldText,
  loadTargetPeople,
  selectTargets,
  prepareTargets,
  type TargetSummary,
} from '@/lib/store/people/target-search';
import { freshDb } from '../helpers';
import { manyTargets, personOf } from '../components/sidepanel/targets-fixtures';

const summaries = (...people: Parameters<typeof personOf>[0][]) => prepareTargets(people.map((p) => personOf(p)));
const names = (list: TargetSummary[]) => list.map((t) => t.name);

describe('foldText', () => {
  it('ignores case, accents and extra spaces', () => {
    expect(foldText('  Zoë   ÉMILE ')).toBe('zoe emile');
    expect(foldText('Société Générale')).toBe('societe generale');
    expect(foldText(undefined)).toBe('');
  });
});

describe('selectTargets', () => {
  const all = summaries(
    {
      id: 'a',
      name: 'Élodie Dubois',
      company: 'Société Générale',
      headline: 'Risk analyst',
      stage: 'requested',
      degree: '1st',
    },
    {
      id: 'b',
      name: 'ben okafor',
      company: 'Acme',
      headline: 'Product designer',
      stage: 'met',
      degree: '2nd',
      objective: { kind: 'company', detail: '' },
    },
    {
      id: 'c',
      name: 'Chloé Martin',
      company: 'Globex',
      headline: 'Designer at Globex',
      stage: 'to-contact',
      degree: '3rd',
      objective: { kind: 'role', detail: '' },
    },
  );

  it('searches name, company and headline, case- and accent-insensitively, every word', () => {
    expect(names(selectTargets(all, { search: 'elodie' }))).toEqual(['Élodie Dubois']);
    expect(names(selectTargets(all, { search: 'SOCIETE' }))).toEqual(['Élodie Dubois']);
    expect(names(selectTargets(all, { search: 'designer' }))).toEqual(['ben okafor', 'Chloé Martin']);
    expect(names(selectTargets(all, { search: 'designer globex' }))).toEqual(['Chloé Martin']);
    expect(selectTargets(all, { search: 'nobody' })).toEqual([]);
  });

  it('filters by stage, degree, company and objective', () => {
    expect(names(selectTargets(all, { stage: 'met' }))).toEqual(['ben okafor']);
    expect(names(selectTargets(all, { degree: '3rd' }))).toEqual(['Chloé Martin']);
    expect(names(selectTargets(all, { company: 'générale' }))).toEqual(['Élodie Dubois']);
    expect(names(selectTargets(all, { objective: 'role' }))).toEqual(['Chloé Martin']);
    expect(names(selectTargets(all, { objective: 'none' }))).toEqual(['Élodie Dubois']);
    expect(names(selectTargets(all, { stage: 'any', degree: 'any', objective: 'any' }))).toHaveLength(3);
  });

  it('sorts by name (folded), stage in the method order, next action (none last) and last updated', () => {
    expect(names(selectTargets(all, { sort: 'name' }))).toEqual(['ben okafor', 'Chloé Martin', 'Élodie Dubois']);
    expect(names(selectTargets(all, { sort: 'stage' }))).toEqual(['Chloé Martin', 'Élodie Dubois', 'ben okafor']);
    const dated = summaries(
      { id: 'x', name: 'X', updatedAt: 5, nextAction: { kind: 'follow-up', due: 300, reason: { code: 'follow-up-first', params: ['X'] } }, nextActionAt: 300 },
      { id: 'y', name: 'Y', updatedAt: 9 },
      { id: 'z', name: 'Z', updatedAt: 1, nextAction: { kind: 'follow-up', due: 100, reason: { code: 'follow-up-first', params: ['Z'] } }, nextActionAt: 100 },
    );
    expect(names(selectTargets(dated, { sort: 'next-action' }))).toEqual(['Z', 'X', 'Y']);
    expect(names(selectTargets(dated, { sort: 'updated' }))).toEqual(['Y', 'X', 'Z']);
  });

  it('puts candidates (no stage) after every stage', () => {
    const mixed = summaries(
      { id: 'c1', name: 'Aaron', kind: 'candidate', stage: undefined },
      { id: 't', name: 'Zed', stage: 'moved-on' },
    );
    expect(names(selectTargets(mixed, { sort: 'stage' }))).toEqual(['Zed', 'Aaron']);
  });

  it('does not change the input array', () => {
    const before = names(all);
    selectTargets(all, { sort: 'stage' });
    expect(names(all)).toEqual(before);
  });

  // Speed: the side panel's first paint in `npm run bench`; tests never assert on wall-clock time.
  it('filters and sorts 10,000 targets', { timeout: 30_000 }, () => {
    const big = prepareTargets(manyTargets(10_000));
    const found = [
      { search: 'elodie', sort: 'name' as const },
      { search: 'lead acme', stage: 'met' as const, sort: 'next-action' as const },
      { company: 'societe', degree: '1st' as const, sort: 'updated' as const },
      { sort: 'stage' as const },
    ].map((query) => selectTargets(big, query).length);
    expect(found[0]).toBe(1000);
    expect(found[3]).toBe(10_000);
  });

});

describe('companiesOf', () => {
  it('lists distinct companies, most common first, ignoring case and accents', () => {
    const list = summaries(
      { id: '1', company: 'Acme' },
      { id: '2', company: 'ACME' },
      { id: '3', company: 'Globex' },
      { id: '4' },
    );
    expect(companiesOf(list)).toEqual(['Acme', 'Globex']);
  });
});

describe('loadTargetPeople', () => {
  it('loads targets only, or candidates too', async () => {
    const db = freshDb();
    await db.people.bulkPut([personOf({ id: 't' }), personOf({ id: 'c', kind: 'candidate', stage: undefined })]);
    expect((await loadTargetPeople(db, false)).map((p) => p.id)).toEqual(['t']);
    expect((await loadTargetPeople(db, true)).map((p) => p.id).sort()).toEqual(['c', 't']);
  });
});
