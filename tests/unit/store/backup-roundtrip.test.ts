/** Property tests of the backup through the database, the contact directory included. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportBackup, restoreTables } from '@/lib/store/backup/backup-io';
import { restoreBackup } from './restore-backup';
import { connectionKey, packConnections } from '@/lib/domain/directory/buckets';
import { loadConnections } from '@/lib/store/directory/connections';
import type { Connection } from '@/lib/domain/model';
import { backupTables } from '../domain/formats/backup-arbitraries';
import { byKey, directory } from '../domain/formats/directory-arbitraries';
import { freshDb } from '../helpers';
import { dumpDb } from './backup-fixtures';

const NOW = Date.UTC(2025, 2, 13, 12);
const DAY = 86_400_000;

// Small pools, so a stored directory and a backup often share contacts (by URL or by name and company).
const pooled = directory(6, {
  slugs: fc.constantFrom('ann', 'bo', 'cy'),
  names: fc.constantFrom('Ann Lee', 'Bo Chen', 'Cy Park'),
  companies: fc.constantFrom('Contoso', 'Fabrikam'),
});

/** What a merge must store: the file's entry wins, its missing e-mail and date come from the stored one. */
function expectedMerge(stored: Connection[], incoming: Connection[]): Connection[] {
  const byKeyMap = new Map(stored.map((c) => [connectionKey(c), c]));
  for (const contact of incoming) {
    const before = byKeyMap.get(connectionKey(contact));
    const next: Connection = { ...contact };
    if (next.email === undefined && before?.email !== undefined) next.email = before.email;
    if (next.connectedOn === undefined && before?.connectedOn !== undefined) next.connectedOn = before.connectedOn;
    byKeyMap.set(connectionKey(contact), next);
  }
  return [...byKeyMap.values()];
}

describe('backup through the database (properties)', () => {
  it('random database → export → wipe → restore is deep-equal, the directory included', async () => {
    await fc.assert(
      fc.asyncProperty(backupTables(4), async (tables) => {
        const db = freshDb();
        // Written by a restore, so what is owed is already computed at NOW.
        expect(await restoreTables(db, tables, NOW - DAY, 'replace', NOW)).toMatchObject({ ok: true });
        expect(byKey(await loadConnections(db))).toEqual(byKey(tables.connections));
        const text = await exportBackup(db, NOW);
        const before = await dumpDb(db);
        await Promise.all(db.tables.map((table) => table.clear()));
        const result = await restoreBackup(db, text, 'replace', NOW);
        expect(result).toMatchObject({ ok: true, restored: { connections: tables.connections.length } });
        expect(await dumpDb(db)).toEqual(before);
        expect(byKey(await loadConnections(db))).toEqual(byKey(tables.connections));
        db.close();
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('replace makes the directory exactly the file’s; merge keeps stored entries and merges the same contacts field-wise', async () => {
    await fc.assert(
      fc.asyncProperty(pooled, pooled, fc.constantFrom('merge', 'replace' as const), async (stored, incoming, mode) => {
        const db = freshDb();
        await db.connections.bulkPut(packConnections(stored));
        const tables = { people: [], touches: [], meetings: [], templates: [], clips: [], meta: [], companies: [], objectives: [] };
        await restoreTables(db, { ...tables, connections: incoming }, NOW, mode, NOW);
        const expected = mode === 'replace' ? incoming : expectedMerge(stored, incoming);
        expect(byKey(await loadConnections(db))).toEqual(byKey(expected));
        db.close();
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
