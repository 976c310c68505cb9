import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importConnections } from '@/lib/store/directory/import-connections';
import { loadConnections } from '@/lib/store/directory/connections';
import { Connection, Person } from '@/lib/domain/model';
import { freshDb } from '../helpers';
import { anyCsvText } from '../domain/formats/connections-arbitraries';
import { dumpDb } from './backup-fixtures';
import { personOf } from './import-fixtures';

const NOW = 1_741_860_000_000;

async function seededDb() {
  const db = freshDb();
  await db.people.bulkAdd([
    personOf({
      id: 'ann',
      name: 'Ann Lee',
      kind: 'target',
      stage: 'requested',
      profileUrl: 'https://www.linkedin.com/in/ann-lee/',
    }),
    personOf({ id: 'bo', name: 'Bo Chen', company: 'Fabrikam', notes: 'met at a meetup' }),
  ]);
  return db;
}

describe('importConnections under fuzzing', () => {
  it('on any text resolves to a summary or a refusal (never throws); a refusal writes nothing, a summary keeps everyone, adds nobody as a person, and every row and connection is valid', async () => {
    await fc.assert(
      fc.asyncProperty(anyCsvText, async (text) => {
        const db = await seededDb();
        const before = await dumpDb(db);
        const result = await importConnections(db, text, NOW);
        const after = await dumpDb(db);
        if (!result.ok) {
          expect(result.error.message.trim()).not.toBe('');
          expect(after).toEqual(before);
          expect(await db.connections.count()).toBe(0);
        } else {
          expect(after.people).toHaveLength(before.people.length);
          const connections = await loadConnections(db);
          // Into an empty directory every row imported is one connection (rows that also matched Ann or Bo count as updated or unchanged).
          expect(connections).toHaveLength(result.added + result.updated + result.unchanged);
          expect(result.added + result.updated + result.unchanged + result.skipped.length).toBeGreaterThanOrEqual(
            result.rows,
          );
          for (const connection of connections) expect(Connection.safeParse(connection).success).toBe(true);
          for (const person of after.people) expect(Person.safeParse(person).success).toBe(true);
          const ann = after.people.find((person) => person.id === 'ann');
          expect(ann).toMatchObject({ kind: 'target', stage: 'requested' });
          expect(after.people.map((person) => person.id)).toEqual(expect.arrayContaining(['ann', 'bo']));
          expect({ templates: after.templates, clips: after.clips }).toEqual({
            templates: before.templates,
            clips: before.clips,
          });
        }
        db.close();
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
