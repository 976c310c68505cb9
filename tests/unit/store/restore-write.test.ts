import { describe, expect, it, vi } from 'vitest';
import { exportBackup } from '@/lib/store/backup/backup-io';
import { restoreBackup } from './restore-backup';
import { withFreshNextActions } from '@/lib/store/history/next-action-tables';
import { recomputeAllNextActions } from '@/lib/store/history/recompute-all';
import { sameRow } from '@/lib/store/backup/restore-write';
import { saveSettings } from '@/lib/store/settings/settings-save';
import { freshDb } from '../helpers';
import { dumpDb, seedSample } from './backup-fixtures';
import { personOf } from './import-fixtures';

const DAY = 86_400_000;
const NOW = Date.UTC(2024, 5, 1, 12);

describe('sameRow', () => {
  it('ignores key order, and tells apart any difference of value, key or shape', () => {
    expect(sameRow({ a: 1, b: { c: [1, 'x'] } }, { b: { c: [1, 'x'] }, a: 1 })).toBe(true);
    expect(sameRow({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameRow({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameRow({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameRow({ a: [] }, { a: {} })).toBe(false);
    expect(sameRow(undefined, { a: 1 })).toBe(false);
    expect(sameRow(null, null)).toBe(true);
  });
});

describe('restore writes only what differs', () => {
  it('restoring the backup just taken puts no row, and the database stays the same', async () => {
    const db = freshDb();
    await seedSample(db);
    await recomputeAllNextActions(db, NOW);
    const text = await exportBackup(db, NOW);
    const before = await dumpDb(db);
    const peoplePut = vi.spyOn(db.people, 'bulkPut');
    const touchesPut = vi.spyOn(db.touches, 'bulkPut');
    const result = await restoreBackup(db, text, 'replace', NOW);
    expect(result).toMatchObject({ ok: true, recomputed: 1 });
    expect(peoplePut.mock.calls.flatMap(([rows]) => rows)).toEqual([]);
    expect(touchesPut.mock.calls.flatMap(([rows]) => rows)).toEqual([]);
    expect(await dumpDb(db)).toEqual(before);
  });

  it('puts changed rows, deletes rows the backup lacks, and leaves the rest', async () => {
    const db = freshDb();
    await seedSample(db);
    await recomputeAllNextActions(db, NOW);
    const text = await exportBackup(db, NOW);
    const before = await dumpDb(db);
    await db.people.update('bo', { notes: 'edited after the backup' });
    await db.people.add(personOf({ id: 'cy', name: 'Cy Park' }));
    const peoplePut = vi.spyOn(db.people, 'bulkPut');
    await restoreBackup(db, text, 'replace', NOW);
    expect(peoplePut.mock.calls.flatMap(([rows]) => rows).map((p) => p.id)).toEqual(['bo']);
    expect(await dumpDb(db)).toEqual(before);
  });

  it('recomputes what is owed at the time of the restore, with the backup’s settings', async () => {
    const db = freshDb();
    await seedSample(db);
    await saveSettings(db, { timeZone: 'UTC', followUpDays: 7 });
    await recomputeAllNextActions(db, NOW);
    await db.people.update('ann', { snoozedUntil: NOW + 60 * DAY });
    await recomputeAllNextActions(db, NOW);
    const text = await exportBackup(db, NOW);
    const snoozed = (await db.people.get('ann'))!.nextActionAt!;
    expect(snoozed).toBeGreaterThanOrEqual(NOW + 60 * DAY);
    // Seventy days on, the snooze is over: the follow-up is owed from the touch again.
    const later = NOW + 70 * DAY;
    await restoreBackup(db, text, 'replace', later);
    const restored = (await db.people.get('ann'))!;
    expect(restored.nextActionAt).toBeLessThan(snoozed);
    await recomputeAllNextActions(db, later);
    expect(await db.people.get('ann')).toEqual(restored);
  });
});

describe('withFreshNextActions', () => {
  it('gives every target what recomputeAllNextActions stores, and leaves others as they are', async () => {
    const db = freshDb();
    await seedSample(db);
    await db.people.add(
      personOf({ id: 'dee', name: 'Dee Roy', kind: 'target', stage: 'to-contact', referredById: 'bo' }),
    );
    await db.touches.add({
      id: 't2',
      personId: 'dee',
      kind: 'request',
      at: 1200,
      channel: 'linkedin',
      introducerId: 'bo',
      createdAt: 1200,
    });
    await db.touches.add({ id: 't0', personId: 'dee', kind: 'request', at: 1200, channel: 'email', createdAt: 1200 });
    await db.meetings.add({
      id: 'm2',
      personId: 'bo',
      at: 500,
      minutes: 20,
      mode: 'phone',
      status: 'done',
      questions: [],
      notes: '',
      referrals: [{ personId: 'dee', nameAllowed: true }],
      createdAt: NOW,
      updatedAt: NOW,
    });
    const tables = await dumpDb(db);
    const fresh = withFreshNextActions(tables, NOW);
    await recomputeAllNextActions(db, NOW);
    const stored = await db.people.toArray();
    expect(fresh.targets).toBe(2);
    expect([...fresh.people].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      stored.sort((a, b) => a.id.localeCompare(b.id)),
    );
  });
});
