import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadConnections } from '@/lib/store/directory/connections';
import { importConnections } from '@/lib/store/directory/import-connections';
import { recordProfileView } from '@/lib/store/people/profile-view';
import { Connection } from '@/lib/domain/model';
import { freshDb, snapshotOf } from '../helpers';
import { connectionsCsv, personOf } from './import-fixtures';

const NOW = Date.UTC(2024, 5, 1, 12);
const fixture = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/connections', name), 'utf8');

describe('importing Connections.csv', () => {
  it('imports the newer export (notes preamble, URLs) into the contact directory, with connectedOn', async () => {
    const db = freshDb();
    const result = await importConnections(db, fixture('connections-export-2024-notes-preamble-url-EXCERPT.csv'), NOW);
    expect(result).toMatchObject({ ok: true, format: 'notes-preamble-url', rows: 11, added: 11, updated: 0 });
    if (!result.ok) return;
    // The blank member row is skipped with its line and reason.
    expect(result.skipped).toEqual([{ line: 16, reason: expect.stringMatching(/no name/) }]);
    // Nobody becomes a person (a candidate or target) by being imported.
    expect(await db.people.count()).toBe(0);
    const people = await loadConnections(db);
    expect(people).toHaveLength(11);
    for (const person of people) {
      expect(Connection.parse(person)).toEqual(person);
      expect(person.connectedOn).toBeTypeOf('number');
    }
    const meera = people.find((p) => p.name === 'Meera Khanna');
    expect(meera).toMatchObject({
      profileUrl: 'https://www.linkedin.com/in/meera-khanna-221d6b/',
      company: 'Prepfully',
      connectedOn: Date.UTC(2024, 4, 30),
    });
    expect(people.find((p) => p.name === 'Mia Castillo')?.company).toBe('CivicMinds, Inc');
  });

  it('imports the 2018 export (no URL column)', async () => {
    const db = freshDb();
    const result = await importConnections(db, fixture('connections-export-2018-no-url-EXCERPT.csv'), NOW);
    expect(result).toMatchObject({ ok: true, format: '2018-no-url', rows: 10, added: 10, skipped: [] });
    const lucie = (await loadConnections(db)).find((c) => c.name === 'Lucie Ferrand-Araújo');
    expect(lucie).toMatchObject({ company: 'Connect Chain', connectedOn: Date.UTC(2018, 10, 20) });
    expect(lucie?.profileUrl).toBeUndefined();
  });

  it('writes nothing from a bad file and names the line', async () => {
    const db = freshDb();
    await db.people.add(personOf({ id: 'keep', name: 'Kept Person' }));
    const bad =
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAnn,Lee,,,"Acme,Eng,01 Jan 2024\n';
    const result = await importConnections(db, bad, NOW);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.line).toBe(2);
    expect(result.error.message).toMatch(/line 2/i);
    expect(await db.people.toArray()).toEqual([personOf({ id: 'keep', name: 'Kept Person' })]);

    const notConnections = await importConnections(db, 'name,age\nAnn,3\n', NOW);
    expect(notConnections.ok).toBe(false);
    expect(await db.people.count()).toBe(1);
    expect(await db.connections.count()).toBe(0);
  });

  it('merges by profile URL, else by name + company, and keeps targets as targets', async () => {
    const db = freshDb();
    const seen = await recordProfileView(
      db,
      snapshotOf({ url: 'https://www.linkedin.com/in/ann-lee/', publicId: 'ann-lee', name: 'Ann Lee', degree: '2nd' }),
      NOW - 1000,
    );
    await db.people.update(seen!.id, { kind: 'target', stage: 'to-contact' });
    await db.people.add(personOf({ id: 'bo', name: 'Bo Chen', company: 'Globex' }));
    await db.people.add(personOf({ id: 'other', name: 'Cy Park', company: 'Initech' }));
    const csv = connectionsCsv([
      ['Ann', 'Lee', 'https://www.linkedin.com/in/ann-lee', 'Acme', 'Designer', '02 Jun 2022'],
      ['Bo', 'Chen', '', 'GLOBEX', 'Engineer', '03 Jun 2022'],
      ['Cy', 'Park', '', 'Other Co', 'PM', '04 Jun 2022'],
    ]);
    const result = await importConnections(db, csv, NOW);
    expect(result).toMatchObject({ ok: true, added: 1, updated: 2 });
    // Cy Park at Other Co is a new connection, not a new person.
    expect(await db.people.count()).toBe(3);
    expect(await loadConnections(db)).toHaveLength(3);
    expect(await db.people.get(seen!.id)).toMatchObject({
      kind: 'target',
      stage: 'to-contact',
      degree: '1st',
      connectedOn: Date.UTC(2022, 5, 2),
    });
    expect(await db.people.get('bo')).toMatchObject({
      degree: '1st',
      position: 'Engineer',
      connectedOn: Date.UTC(2022, 5, 3),
    });
    // Same name at another company is another person.
    expect(await db.people.get('other')).toMatchObject({ degree: 'unknown' });
    expect((await loadConnections(db)).filter((p) => p.company === 'Other Co')).toHaveLength(1);

    // Importing the same file again changes nothing.
    const again = await importConnections(db, csv, NOW + 1);
    expect(again).toMatchObject({ ok: true, added: 0, updated: 0, unchanged: 3 });
  });

  it('writes the directory in chunks of whole buckets and reports progress after each', async () => {
    const db = freshDb();
    const rows = Array.from({ length: 2500 }, (_, i) => [
      `First${i}`,
      `Last${i}`,
      `https://www.linkedin.com/in/p-${i}`,
      'Acme',
      'Eng',
      '01 Jan 2024',
    ]);
    const progress: [number, number][] = [];
    const transaction = vi.spyOn(db, 'transaction');
    const result = await importConnections(
      db,
      connectionsCsv(rows),
      NOW,
      (done, total) => progress.push([done, total]),
      { chunkSize: 1000 },
    );
    expect(result).toMatchObject({ ok: true, added: 2500 });
    // Whole buckets per chunk: each step passes 1,000 by less than one bucket (about 5 connections at 2,500).
    const steps = progress.map(([done]) => done);
    expect(progress[0]).toEqual([0, 2500]);
    expect(progress.at(-1)).toEqual([2500, 2500]);
    expect(progress.every(([, total]) => total === 2500)).toBe(true);
    expect(steps.slice(1, -1).every((done, i) => done >= 1000 * (i + 1) && done < 1000 * (i + 1) + 50)).toBe(true);
    expect(steps).toHaveLength(4);
    // Three directory chunks, and one transaction for people stored meanwhile.
    expect(transaction).toHaveBeenCalledTimes(4);
    expect(await loadConnections(db)).toHaveLength(2500);
    expect(await db.connections.count()).toBeLessThanOrEqual(512);
  });

  it('lists skipped lines with reasons in file order', async () => {
    const db = freshDb();
    const csv = connectionsCsv([
      ['Ann', 'Lee', 'https://www.linkedin.com/in/ann-lee', 'Acme', 'Eng', '01 Jan 2024'],
      ['', '', '', '', '', '02 Jun 2022'],
      ['Ann', 'Lee', 'https://www.linkedin.com/in/ann-lee/', 'Acme', 'Eng', '01 Jan 2024'],
    ]);
    const result = await importConnections(db, csv, NOW);
    expect(result.ok && result.skipped.map((s) => s.line)).toEqual([3, 4]);
    expect(result.ok && result.skipped[1]?.reason).toMatch(/duplicate of line 2/);
  });

  it('merges instead of overwriting a person changed while the import runs', async () => {
    const db = freshDb();
    await db.people.add(
      personOf({ id: 'ann', name: 'Ann Lee', company: 'Acme', profileUrl: 'https://www.linkedin.com/in/ann-lee/' }),
    );
    const csv = connectionsCsv([['Ann', 'Lee', 'https://www.linkedin.com/in/ann-lee', 'Acme', 'Eng', '01 Jan 2024']]);
    const onProgress = (done: number) => {
      // Another writer (a profile visit) changes Ann after the plan, before the write.
      if (done === 0) void db.people.update('ann', { headline: 'Changed meanwhile', updatedAt: NOW - 5 });
    };
    const result = await importConnections(db, csv, NOW, onProgress);
    expect(result).toMatchObject({ ok: true, updated: 1 });
    expect(await db.people.get('ann')).toMatchObject({ headline: 'Changed meanwhile', degree: '1st', position: 'Eng' });
  });

  it('merges into someone with the same profile stored while the import runs', async () => {
    const db = freshDb();
    const csv = connectionsCsv([
      ['Ann', 'Lee', 'https://www.linkedin.com/in/ann-lee', 'Acme', 'Eng', '01 Jan 2024'],
      ['Bo', 'Chen', 'https://www.linkedin.com/in/bo-chen', 'Globex', 'PM', '02 Jan 2024'],
    ]);
    const onProgress = (done: number) => {
      if (done === 0)
        void recordProfileView(
          db,
          snapshotOf({ url: 'https://www.linkedin.com/in/bo-chen/', publicId: 'bo-chen', name: 'Bo Chen' }),
          NOW - 1,
        );
    };
    const result = await importConnections(db, csv, NOW, onProgress);
    expect(result).toMatchObject({ ok: true, added: 2, updated: 0, skipped: [] });
    // Bo, viewed while importing, is a person with the file's details; Ann stays a connection only.
    const people = await db.people.orderBy('name').toArray();
    expect(people.map((p) => [p.name, p.degree, p.connectedOn])).toEqual([['Bo Chen', '1st', Date.UTC(2024, 0, 2)]]);
    expect(people[0]).toMatchObject({ lastSeenAt: NOW - 1, headline: 'Product designer at Acme', position: 'PM' });
    expect(await loadConnections(db)).toHaveLength(2);
  });
});
