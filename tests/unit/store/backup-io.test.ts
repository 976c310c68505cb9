import { describe, expect, it, vi } from 'vitest';
import { exportBackup } from '@/lib/store/backup/backup-io';
import { restoreBackup } from './restore-backup';
import { LAST_BACKUP_KEY } from '@/lib/store/backup/backup-status';
import { recomputeAllNextActions } from '@/lib/store/history/recompute-all';
import { parseBackup } from '@/lib/domain/formats';
import { freshDb } from '../helpers';
import { ANN_URL, dumpDb, seedSample } from './backup-fixtures';
import { personOf } from './import-fixtures';

const NOW = Date.UTC(2024, 5, 1, 12);

async function seeded() {
  const db = freshDb();
  await seedSample(db);
  await recomputeAllNextActions(db, NOW);
  return db;
}

async function wipe(db: ReturnType<typeof freshDb>) {
  await Promise.all(db.tables.map((table) => table.clear()));
}

describe('JSON backup through the database', () => {
  it('exports every table and remembers the date', async () => {
    const db = await seeded();
    const text = await exportBackup(db, NOW);
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.backup).toMatchObject({
      format: 'inroads-backup',
      version: 4,
      exportedAt: new Date(NOW).toISOString(),
    });
    expect(parsed.tables.people.map((p) => p.id).sort()).toEqual(['ann', 'bo']);
    expect(parsed.tables.touches).toHaveLength(1);
    expect(parsed.tables.connections.map((c) => c.name).sort()).toEqual(['Cy Park', 'Di Ng']);
    expect(await db.meta.get(LAST_BACKUP_KEY)).toEqual({ key: LAST_BACKUP_KEY, value: NOW });
  });

  it('backup → wipe → restore gives back the same database', async () => {
    const db = await seeded();
    const text = await exportBackup(db, NOW);
    const before = await dumpDb(db);
    expect(before.people.find((p) => p.id === 'ann')?.nextAction).toBeDefined();
    await wipe(db);
    const result = await restoreBackup(db, text, 'replace', NOW);
    expect(result).toMatchObject({
      ok: true,
      mode: 'replace',
      restored: { people: 2, touches: 1, meetings: 1, templates: 1, clips: 1, connections: 2 },
    });
    expect(await dumpDb(db)).toEqual(before);
  });

  it.each([
    ['truncated', (text: string) => text.slice(0, Math.floor(text.length / 2)), 'not-json'],
    ['not an Inroads file', () => JSON.stringify({ people: [] }), 'not-inroads'],
    ['newer version', (text: string) => text.replace('"version":4', '"version":99'), 'too-new'],
    ['forged (touch of nobody)', (text: string) => text.replace('"personId":"ann"', '"personId":"ghost"'), 'invalid'],
    ['forged (bad field)', (text: string) => text.replace('"kind":"target"', '"kind":"boss"'), 'invalid'],
    ['forged (connection name a number)', (text: string) => text.replace('"name":"Cy Park"', '"name":7'), 'invalid'],
    [
      'forged (connection date as text)',
      (text: string) => text.replace('"connectedOn":1600000000000', '"connectedOn":"2020"'),
      'invalid',
    ],
    [
      'forged (connection too long)',
      (text: string) => text.replace('"company":"Contoso"', `"company":"${'x'.repeat(301)}"`),
      'invalid',
    ],
  ])('refuses a %s file and leaves the database unchanged', async (_name, damage, code) => {
    const db = await seeded();
    const text = damage(await exportBackup(db, NOW));
    const before = await dumpDb(db);
    for (const mode of ['replace', 'merge'] as const) {
      const result = await restoreBackup(db, text, mode, NOW);
      expect(result).toMatchObject({ ok: false, error: { code } });
      expect(result.ok || result.error.message.length > 10).toBe(true);
      expect(await dumpDb(db)).toEqual(before);
    }
  });

  it('replace drops what the backup lacks; merge keeps it and takes the backup on conflicts', async () => {
    const db = await seeded();
    const text = await exportBackup(db, NOW);
    await db.people.update('ann', { notes: 'edited after the backup' });
    await db.people.add(personOf({ id: 'cy', name: 'Cy Park' }));
    await db.people.add(
      personOf({ id: 'ann2', name: 'Another Ann', profileUrl: ANN_URL.replace('ann-lee', 'ann-lee-2') }),
    );

    const merged = await restoreBackup(db, text, 'merge', NOW);
    expect(merged).toMatchObject({ ok: true, mode: 'merge' });
    expect((await db.people.toCollection().primaryKeys()).sort()).toEqual(['ann', 'ann2', 'bo', 'cy']);
    expect((await db.people.get('ann'))?.notes).toBe('');

    const replaced = await restoreBackup(db, text, 'replace', NOW);
    expect(replaced).toMatchObject({ ok: true, mode: 'replace' });
    expect((await db.people.toCollection().primaryKeys()).sort()).toEqual(['ann', 'bo']);
  });

  it('merge re-points rows of a stored person who has the same profile as a backup person', async () => {
    const db = await seeded();
    const text = await exportBackup(db, NOW);
    await wipe(db);
    await db.people.add(personOf({ id: 'local-ann', name: 'Ann', profileUrl: ANN_URL }));
    await db.touches.add({
      id: 'local-t',
      personId: 'local-ann',
      kind: 'reply',
      at: 5000,
      channel: 'email',
      createdAt: 5000,
    });
    const result = await restoreBackup(db, text, 'merge', NOW);
    expect(result.ok).toBe(true);
    expect(await db.people.get('local-ann')).toBeUndefined();
    expect((await db.touches.get('local-t'))?.personId).toBe('ann');
  });

  it('a restore failing mid-way leaves the database unchanged (one transaction)', async () => {
    const db = await seeded();
    const text = await exportBackup(db, NOW);
    await db.people.add(personOf({ id: 'cy', name: 'Cy Park' }));
    const before = await dumpDb(db);
    vi.spyOn(db.touches, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));
    await expect(restoreBackup(db, text, 'replace', NOW)).rejects.toThrow('disk full');
    expect(await dumpDb(db)).toEqual(before);
    vi.spyOn(db.meta, 'bulkPut').mockRejectedValueOnce(new Error('quota'));
    await expect(restoreBackup(db, text, 'merge', NOW)).rejects.toThrow('quota');
    expect(await dumpDb(db)).toEqual(before);
  });

  it('reports progress within the single transaction', async () => {
    const db = await seeded();
    const text = await exportBackup(db, NOW);
    const progress: [number, number][] = [];
    await restoreBackup(db, text, 'replace', NOW, (done, total) => progress.push([done, total]));
    // people, touches, meetings, templates, clips, meta (settings + last backup), connections
    const total = 2 + 1 + 1 + 1 + 1 + 2 + 2;
    expect(progress[0]).toEqual([0, total]);
    expect(progress.at(-1)).toEqual([total, total]);
    expect(progress.map(([done]) => done)).toEqual([...progress.map(([done]) => done)].sort((a, b) => a - b));
  });

  it('after a replace the last backup date is the file date; a merge keeps the current one', async () => {
    const db = await seeded();
    const text = await exportBackup(db, NOW);
    await exportBackup(db, NOW + 5000);
    await restoreBackup(db, text, 'merge', NOW);
    expect((await db.meta.get(LAST_BACKUP_KEY))?.value).toBe(NOW + 5000);
    await restoreBackup(db, text, 'replace', NOW);
    expect((await db.meta.get(LAST_BACKUP_KEY))?.value).toBe(NOW);
  });
});
