import { describe, expect, it } from 'vitest';
import type { Connection, Person } from '@/lib/domain/model';
import { newCandidate } from '@/lib/domain/model/new-person';
import { importConnections } from '@/lib/store/directory/import-connections';
import { connectionsAt, peopleAt, resolveCompany } from '@/lib/store/companies/company-lookup';
import { mergeCompany, saveCompany } from '@/lib/store/companies/companies';
import { updatePerson } from '@/lib/store/people/person-edit';
import { withCompanyKey } from '@/lib/store/derived-keys';
import { freshDb } from '../helpers';

const NOW = Date.UTC(2025, 2, 13, 10);
const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
const row = (first: string, last: string, company: string, slug = `${first}-${last}`.toLowerCase()) =>
  `${first},${last},https://www.linkedin.com/in/${slug},,"${company}",Designer,02 Jun 2022`;
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n');
const names = (found: { name: string }[]) => found.map((c) => c.name).sort();
const person = (id: string, name: string, company?: string): Person => ({
  ...newCandidate(id, name, NOW),
  ...(company !== undefined ? { company } : {}),
});

describe("a person's company key, derived on every write", () => {
  it('is set by add, put, bulkPut, update and modify, follows a new company and goes with it', async () => {
    const db = freshDb();
    await db.people.add(person('a', 'Ana', 'Northwind Health, Inc.'));
    await db.people.put(person('b', 'Ben', 'The Fabrikam Company'));
    await db.people.bulkPut([person('c', 'Cy', 'Contoso'), person('d', 'Di')]);
    expect((await db.people.get('a'))?.companyKey).toBe('northwind health');
    expect((await db.people.get('b'))?.companyKey).toBe('fabrikam');
    expect((await db.people.get('d'))?.companyKey).toBeUndefined();
    // One person at two companies over time: the key follows the current one.
    await db.people.update('a', { company: 'Metaview' });
    expect((await db.people.get('a'))?.companyKey).toBe('metaview');
    await db.people.where('id').equals('c').modify({ company: 'Meta Platforms, Inc.' });
    expect((await db.people.get('c'))?.companyKey).toBe('meta platforms');
    await updatePerson(db, 'b', { company: '' }, NOW);
    expect((await db.people.get('b'))?.companyKey).toBeUndefined();
    // A stale key written by hand is replaced.
    await db.people.put({ ...person('e', 'Eve', 'Litware'), companyKey: 'something else' });
    expect((await db.people.get('e'))?.companyKey).toBe('litware');
    db.close();
  });

  it('withCompanyKey leaves a row that already agrees untouched (same object)', () => {
    const row = withCompanyKey(person('a', 'Ana', 'Contoso'));
    expect(withCompanyKey(row)).toBe(row);
  });
});

describe('who the user knows at a company (indexes only)', () => {
  it('finds connections and people by key, never by substring, across spellings and legal suffixes', async () => {
    const db = freshDb();
    await importConnections(
      db,
      csv(
        row('Ana', 'Silva', 'Northwind Health, Inc.'),
        row('Ben', 'Okafor', 'NORTHWIND HEALTH'),
        row('Cy', 'Park', 'Meta'),
        row('Dee', 'Ray', 'Metaview'),
        row('Eun', 'Kim', ''),
        row('Femi', 'Ade', 'Northwind Health Partners'),
      ),
      NOW,
    );
    await db.people.bulkPut([person('p1', 'Gia Rossi', 'Northwind Health Ltd'), person('p2', 'Hugo Martin', 'Meta')]);
    expect(names(await connectionsAt(db, ['northwind health']))).toEqual(['Ana Silva', 'Ben Okafor']);
    expect(names(await connectionsAt(db, ['meta']))).toEqual(['Cy Park']);
    expect(names(await connectionsAt(db, ['metaview']))).toEqual(['Dee Ray']);
    expect(names(await peopleAt(db, ['northwind health']))).toEqual(['Gia Rossi']);
    expect(await connectionsAt(db, [''])).toEqual([]);
    db.close();
  });

  it('a company renamed: merging "Facebook" into "Meta" finds both spellings, and later imports too', async () => {
    const db = freshDb();
    await importConnections(db, csv(row('Cy', 'Park', 'Meta'), row('Ana', 'Silva', 'Facebook')), NOW);
    const meta = await saveCompany(db, { name: 'Meta' }, NOW);
    expect((await resolveCompany(db, 'Facebook'))?.key).toBe('facebook');
    await mergeCompany(db, meta.key, 'Facebook, Inc.', NOW);
    const resolved = await resolveCompany(db, 'facebook');
    expect(resolved).toMatchObject({ key: 'meta', keys: ['meta', 'facebook'] });
    expect(names(await connectionsAt(db, resolved!.keys))).toEqual(['Ana Silva', 'Cy Park']);
    await importConnections(db, csv(row('Cy', 'Park', 'Meta'), row('Ana', 'Silva', 'Facebook'), row('Ben', 'Lee', 'FACEBOOK')), NOW);
    expect(names(await connectionsAt(db, resolved!.keys))).toEqual(['Ana Silva', 'Ben Lee', 'Cy Park']);
    db.close();
  });

  it('one person at two companies over time: a newer export moves them, and the old company loses them', async () => {
    const db = freshDb();
    await importConnections(db, csv(row('Ana', 'Silva', 'Fabrikam')), NOW);
    expect(names(await connectionsAt(db, ['fabrikam']))).toEqual(['Ana Silva']);
    await importConnections(db, csv(row('Ana', 'Silva', 'Contoso Bank')), NOW);
    expect(await connectionsAt(db, ['fabrikam'])).toEqual([]);
    expect(names(await connectionsAt(db, ['contoso bank']))).toEqual(['Ana Silva']);
    db.close();
  });

  it('connections with no company belong to no company', async () => {
    const db = freshDb();
    await importConnections(db, csv(row('Eun', 'Kim', ''), row('Jon', 'Berg', '  ')), NOW);
    const rows = await db.connections.toArray();
    expect(rows.flatMap((r) => r.companyKeys)).toEqual([]);
    expect(rows.flatMap((r) => r.contacts as Connection[]).map((c) => c.name).sort()).toEqual(['Eun Kim', 'Jon Berg']);
    expect(await resolveCompany(db, '   ')).toBeUndefined();
    db.close();
  });
});
