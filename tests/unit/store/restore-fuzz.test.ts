import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { restoreBackup } from './restore-backup';
import { loadConnections } from '@/lib/store/directory/connections';
import { Connection, Meeting, Person, Touch } from '@/lib/domain/model';
import { anyBackupText } from '../domain/formats/backup-text-arbitraries';
import { freshDb } from '../helpers';
import { dumpDb, seedSample } from './backup-fixtures';

const NOW = Date.UTC(2025, 2, 13);

describe('restoreBackup under fuzzing', () => {
  it('on any file resolves (never throws): a refusal has a code and a message and leaves the database exactly as it was', async () => {
    await fc.assert(
      fc.asyncProperty(
        anyBackupText,
        fc.constantFrom('merge', 'replace') as fc.Arbitrary<'merge' | 'replace'>,
        async (text, mode) => {
          const db = freshDb();
          await seedSample(db);
          const before = await dumpDb(db);
          const result = await restoreBackup(db, text, mode, NOW);
          const after = await dumpDb(db);
          if (!result.ok) {
            expect(['not-json', 'not-inroads', 'too-new', 'invalid']).toContain(result.error.code);
            expect(result.error.message.trim()).not.toBe('');
            expect(after).toEqual(before);
          } else {
            for (const person of after.people) expect(Person.safeParse(person).success).toBe(true);
            for (const touch of after.touches) expect(Touch.safeParse(touch).success).toBe(true);
            for (const meeting of after.meetings) expect(Meeting.safeParse(meeting).success).toBe(true);
            for (const contact of await loadConnections(db)) expect(Connection.safeParse(contact).success).toBe(true);
          }
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          db.close();
        },
      ),
      { numRuns: 80 },
    );
  }, 60_000);
});
