/**
 * Issue 15 changed the model without a new schema version: new touch kinds
 * (the introducer's thread), new reason codes and an optional
 * NextAction.recipient. Older backup files still restore (and their
 * introduction requests become introducer threads, followed up to the
 * introducer); a database with the new kinds exports and restores unchanged.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportBackup } from '@/lib/store/backup/backup-io';
import { reasonText } from '@/lib/domain/labels';
import { markSent } from '@/lib/store/use-cases/mark-sent';
import { logIntroducerStep } from '@/lib/store/use-cases/introducer-step';
import { restoreBackup } from './restore-backup';
import { dumpDb } from './backup-fixtures';
import { freshDb, snapshotOf } from '../helpers';

const NOW = Date.UTC(2026, 11, 7, 9);
const V2 = readFileSync(new URL('../../fixtures/backup/v2.json', import.meta.url), 'utf8');

describe('the introducer thread and backups', () => {
  it('a version-2 file restores, its introduction request followed up to the introducer', async () => {
    const db = freshDb();
    const restored = await restoreBackup(db, V2, 'replace', Date.UTC(2025, 2, 14, 12));
    expect(restored.ok).toBe(true);
    const mei = (await db.people.toArray()).find((p) => p.name === 'Mei Tanaka');
    expect(mei?.nextAction).toMatchObject({ kind: 'follow-up', recipient: 'introducer', templateMoment: 'follow-up-1' });
    expect(reasonText(mei?.nextAction?.reason)).toBe('No answer from Laetitia about Mei Tanaka yet: send Laetitia a short follow-up.');
  });

  it('a database with the new touch kinds and recipients exports and restores the same', async () => {
    const db = freshDb();
    await markSent(db, { snapshot: snapshotOf(), kind: 'introduction-request', channel: 'email', text: 'Hi Ana', introducer: { name: 'Ana' } }, NOW);
    const jane = (await db.people.toArray()).find((p) => p.name === 'Jane Doe')!;
    await logIntroducerStep(db, { personId: jane.id, step: 'introducer-asks-first', at: NOW + 1000, checkBackAt: Date.UTC(2026, 11, 16, 9) }, NOW + 1000);
    expect((await db.people.get(jane.id))?.nextAction).toMatchObject({ kind: 'check-back-introducer', recipient: 'introducer' });
    const before = await dumpDb(db);
    const file = await exportBackup(db, NOW + 2000);
    const again = freshDb();
    expect((await restoreBackup(again, file, 'replace', NOW + 2000)).ok).toBe(true);
    const after = await dumpDb(again);
    expect(after.touches).toEqual(before.touches);
    expect(after.people.find((p) => p.id === jane.id)?.nextAction).toEqual(before.people.find((p) => p.id === jane.id)?.nextAction);
  });
});
