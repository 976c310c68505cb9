/**
 * Dates and clocks in backups: a restore refuses dates outside 1990–2200,
 * naming the field in words; "last backup" is never in the future; an
 * import stopped part-way counts as a change; older files with dates or draft
 * keys this version refuses are repaired on the way in.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { exportBackup } from '@/lib/store/backup/backup-io';
import { restoreBackup } from './restore-backup';
import { backupNudge, LAST_BACKUP_KEY, readBackupStatus } from '@/lib/store/backup/backup-status';
import { importConnections } from '@/lib/store/directory/import-connections';
import { loadDraft } from '@/lib/store/settings/drafts';
import { parseBackup } from '@/lib/domain/formats';
import { freshDb } from '../helpers';
import { connectionsCsv } from './import-fixtures';

const DAY = 86_400_000;
const NOW = Date.UTC(2025, 2, 20, 12);
const V2 = readFileSync(new URL('../../fixtures/backup/v2.json', import.meta.url), 'utf8');

type Row = Record<string, unknown>;
type Json = Row & { people: Row[]; touches: Row[]; meta: Row[] };

async function exported(): Promise<Json> {
  const db = freshDb();
  const restored = await restoreBackup(db, V2, 'replace', NOW);
  expect(restored.ok).toBe(true);
  return JSON.parse(await exportBackup(db, NOW)) as Json;
}

function refusal(file: Json): string {
  const result = parseBackup(JSON.stringify(file));
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.error.message;
}

describe('a restore refuses dates Inroads does not store, in words', () => {
  it('touch.at = 1e16 (the person page crashed on it): the field and the problem are named', async () => {
    const file = await exported();
    file.touches[0]!.at = 1e16;
    expect(refusal(file)).toBe('The backup is damaged: touches[0].at: must be a date between 1990 and 2200.');
  });

  it('a phone over the limit is named with the limit, not "Invalid input"', async () => {
    const file = await exported();
    file.people[0]!.phone = '1'.repeat(201);
    expect(refusal(file)).toMatch(/^The backup is damaged: people\[0\]\.phone: at most 200 characters\./);
  });

  it('exportedAt in year 9999 is refused, naming exportedAt', async () => {
    const file = await exported();
    file.exportedAt = '9999-12-31T00:00:00.000Z';
    expect(refusal(file)).toMatch(/exportedAt: must be a date between 1990 and 2200/);
  });
});

describe('the last backup is never in the future', () => {
  it('a file made while the clock was ahead restores as backed up now, and the reminder still comes', async () => {
    const file = await exported();
    file.exportedAt = new Date(NOW + 400 * DAY).toISOString();
    const db = freshDb();
    expect(await restoreBackup(db, JSON.stringify(file), 'replace', NOW)).toMatchObject({ ok: true });
    expect((await db.meta.get(LAST_BACKUP_KEY))?.value).toBe(NOW);
    // A change after the restore, 20 days on: the reminder is due.
    await db.people.update((await db.people.toCollection().first())!.id, { updatedAt: NOW + DAY });
    expect(backupNudge(await readBackupStatus(db, NOW + 20 * DAY), NOW + 20 * DAY).due).toBe(true);
  });

  it('a last-backup date stored in the future (the clock was ahead) counts as no backup of the data', async () => {
    const db = freshDb();
    await restoreBackup(db, V2, 'replace', NOW);
    await db.meta.put({ key: LAST_BACKUP_KEY, value: NOW + 365 * DAY });
    const status = await readBackupStatus(db, NOW);
    expect(status).toMatchObject({ inFuture: true, changedSince: true });
    expect(backupNudge(status, NOW)).toMatchObject({ due: true, message: expect.stringMatching(/in the future/) });
  });
});

describe('an import stopped part-way', () => {
  it('counts as a change for the backup reminder', async () => {
    const db = freshDb();
    await exportBackup(db, NOW - 30 * DAY);
    const rows = Array.from({ length: 40 }, (_, i) => [
      `Ann${i}`,
      'Lee',
      `https://www.linkedin.com/in/ann-${i}`,
      'Acme',
      'Eng',
      '01 Jan 2024',
    ]);
    const bulkPut = db.connections.bulkPut.bind(db.connections);
    let calls = 0;
    // The second chunk's write fails (the tab closed, the disk filled): the first chunk is stored.
    vi.spyOn(db.connections, 'bulkPut').mockImplementation(((...args: Parameters<typeof bulkPut>) => {
      calls += 1;
      return calls === 2 ? Promise.reject(new Error('stopped')) : bulkPut(...args);
    }) as typeof bulkPut);
    await expect(
      importConnections(db, connectionsCsv(rows), NOW - 20 * DAY, undefined, { chunkSize: 10 }),
    ).rejects.toThrow('stopped');
    expect(await db.connections.count()).toBeGreaterThan(0);
    expect((await readBackupStatus(db, NOW)).changedSince).toBe(true);
    expect(backupNudge(await readBackupStatus(db, NOW), NOW).due).toBe(true);
  });
});

describe('older files keep restoring', () => {
  it('a version-2 file with a draft for a Thai profile (key over 200) and a touch dated 1e16 restores, repaired', async () => {
    const file = JSON.parse(V2) as Json;
    const thai = `https://www.linkedin.com/in/${encodeURIComponent('สมชายใจดีมากมายหลายคน')}/`;
    file.meta.push({
      key: `draft:${thai}`,
      value: { templateId: 't', subject: '', body: 'ร่าง', edited: true, updatedAt: NOW },
    });
    const touch = file.touches[0]!;
    touch.at = 1e16;
    const db = freshDb();
    const restored = await restoreBackup(db, JSON.stringify(file), 'replace', NOW);
    expect(restored, restored.ok ? '' : restored.error.message).toMatchObject({ ok: true });
    expect(await loadDraft(db, thai)).toMatchObject({ body: 'ร่าง' });
    // The touch is dated when it was recorded.
    expect((await db.touches.get(touch.id as string))?.at).toBe(touch.createdAt);
  });
});
