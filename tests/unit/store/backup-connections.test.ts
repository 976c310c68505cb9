/** The contact directory in backups: export, replace, merge, all-or-nothing, and version-1 files. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { exportBackup } from '@/lib/store/backup/backup-io';
import { restoreBackup } from './restore-backup';
import { connectionKey, packConnections } from '@/lib/domain/directory/buckets';
import { loadConnections } from '@/lib/store/directory/connections';
import { openInroadsDb, SCHEMA_V2 } from '@/lib/store/database';
import type { Connection, Person } from '@/lib/domain/model';
import { byKey } from '../domain/formats/directory-arbitraries';
import { freshDb } from '../helpers';
import { CY_URL, dumpDb, seedSample } from './backup-fixtures';

const NOW = Date.UTC(2025, 2, 13, 12);
const V1_TEXT = readFileSync(join(__dirname, '../../fixtures/backup/v1.json'), 'utf8');

async function setDirectory(db: ReturnType<typeof freshDb>, contacts: Connection[]) {
  await db.connections.clear();
  await db.connections.bulkPut(packConnections(contacts));
}

/** After the backup of seedSample was taken: Cy changed job and has an e-mail; Eve is new; Di is gone. */
const LATER: Connection[] = [
  { profileUrl: CY_URL, name: 'Cy Park', company: 'Tailspin', position: 'Director', email: 'cy@example.com' },
  { name: 'Eve Ito', company: 'Litware', connectedOn: 1_700_000_000_000 },
];

describe('backups and the contact directory', () => {
  it('replace: the directory becomes exactly the backup’s connections', async () => {
    const db = freshDb();
    await seedSample(db);
    const text = await exportBackup(db, NOW);
    const saved = await loadConnections(db);
    await setDirectory(db, LATER);
    const result = await restoreBackup(db, text, 'replace', NOW);
    expect(result).toMatchObject({ ok: true, restored: { connections: 2 } });
    expect(byKey(await loadConnections(db))).toEqual(byKey(saved));
  });

  it('merge: stored connections stay; for the same contact the file’s fields win, its gaps keep the stored e-mail and date', async () => {
    const db = freshDb();
    await seedSample(db);
    const text = await exportBackup(db, NOW);
    await setDirectory(db, LATER);
    expect(await restoreBackup(db, text, 'merge', NOW)).toMatchObject({ ok: true, mode: 'merge' });
    expect(byKey(await loadConnections(db))).toEqual(
      byKey([
        {
          profileUrl: CY_URL,
          name: 'Cy Park',
          company: 'Northwind',
          position: 'Researcher',
          email: 'cy@example.com',
          connectedOn: 1_600_000_000_000,
        },
        { name: 'Di Ng', company: 'Contoso', email: 'di@example.com' },
        LATER[1]!,
      ]),
    );
  });

  it('a failure while writing the directory leaves every table as it was (one transaction)', async () => {
    const db = freshDb();
    await seedSample(db);
    const text = await exportBackup(db, NOW);
    await setDirectory(db, LATER);
    await db.people.update('bo', { notes: 'edited after the backup' });
    const before = await dumpDb(db);
    for (const mode of ['replace', 'merge'] as const) {
      vi.spyOn(db.connections, 'bulkPut').mockRejectedValueOnce(new Error('quota'));
      await expect(restoreBackup(db, text, mode, NOW)).rejects.toThrow('quota');
      expect(await dumpDb(db)).toEqual(before);
    }
  });
});

describe('restoring a version-1 backup', () => {
  /** The database the schema-v3 upgrade makes of a version-2 database holding these people. */
  async function upgraded(people: Person[]) {
    const name = `inroads-v2-${Math.random().toString(36).slice(2)}`;
    const old = new Dexie(name);
    old.version(2).stores(SCHEMA_V2);
    await old.table('people').bulkAdd(people);
    old.close();
    return openInroadsDb(name);
  }

  it('gives the directory the schema upgrade would: people with a connected-on date, the people kept', async () => {
    const db = freshDb();
    const result = await restoreBackup(db, V1_TEXT, 'replace', NOW);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.restored).toMatchObject({ people: 4, connections: 3 });
    const people = await db.people.toArray();
    expect(people.map((person) => person.id)).toEqual(['p1', 'p2', 'p3', 'p4']);
    const viaUpgrade = await upgraded(people);
    expect(byKey(await loadConnections(db))).toEqual(byKey(await loadConnections(viaUpgrade)));
    expect((await loadConnections(db)).map(connectionKey).sort()).toEqual([
      'https://www.linkedin.com/in/bo-chen/',
      'https://www.linkedin.com/in/di-ng/',
      'name:cy park\u0000northwind',
    ]);
    viaUpgrade.close();
  });

  it('merged into a database with a directory: the file’s contacts update the stored ones, others stay', async () => {
    const db = freshDb();
    await setDirectory(db, [
      {
        profileUrl: 'https://www.linkedin.com/in/bo-chen/',
        name: 'Bo Chen',
        company: 'Old Co',
        email: 'old@example.com',
      },
      LATER[1]!,
    ]);
    expect(await restoreBackup(db, V1_TEXT, 'merge', NOW)).toMatchObject({ ok: true });
    const contacts = await loadConnections(db);
    expect(contacts.map((c) => c.name).sort()).toEqual(['Bo Chen', 'Cy Park', 'Di Ng', 'Eve Ito']);
    expect(contacts.find((c) => c.name === 'Bo Chen')).toMatchObject({ company: 'Fabrikam', email: 'bo@example.com' });
  });
});
