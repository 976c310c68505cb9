import { describe, expect, it } from 'vitest';
import { exportBackup } from '@/lib/store/backup/backup-io';
import { restoreBackup } from './restore-backup';
import { backupNudge, readBackupStatus } from '@/lib/store/backup/backup-status';
import { importConnections } from '@/lib/store/directory/import-connections';
import { logTouch } from '@/lib/store/history/touches';
import { freshDb } from '../helpers';
import { connectionsCsv, personOf } from './import-fixtures';

const DAY = 86_400_000;
const NOW = Date.UTC(2024, 5, 1, 12);

describe('backupNudge (pure)', () => {
  it('nudges only when there are changes and the last backup is 14 or more days old', () => {
    expect(backupNudge({ lastBackupAt: NOW - 14 * DAY, changedSince: true }, NOW)).toMatchObject({
      due: true,
      days: 14,
    });
    expect(backupNudge({ lastBackupAt: NOW - 14 * DAY + 1, changedSince: true }, NOW)).toMatchObject({
      due: false,
      days: 13,
    });
    expect(backupNudge({ lastBackupAt: NOW - 40 * DAY, changedSince: false }, NOW).due).toBe(false);
    expect(backupNudge({ lastBackupAt: NOW - 40 * DAY, changedSince: true }, NOW).message).toMatch(/40 days ago/);
  });

  it('without any backup, nudges once the data is 14 days old', () => {
    expect(backupNudge({ changedSince: false }, NOW)).toMatchObject({ due: false, message: 'Nothing to back up yet.' });
    expect(backupNudge({ changedSince: true, oldestDataAt: NOW - 3 * DAY }, NOW).due).toBe(false);
    const due = backupNudge({ changedSince: true, oldestDataAt: NOW - 20 * DAY }, NOW);
    expect(due).toMatchObject({ due: true, days: 20 });
    expect(due.message).toMatch(/never exported a backup/);
  });

  it('takes a custom threshold', () => {
    expect(backupNudge({ lastBackupAt: NOW - 2 * DAY, changedSince: true }, NOW, 1).due).toBe(true);
  });
});

describe('readBackupStatus', () => {
  it('counts a Connections.csv import that changed the directory as a change; importing the same file again is none', async () => {
    const db = freshDb();
    const csv = connectionsCsv([['Ann', 'Lee', 'https://www.linkedin.com/in/ann-lee', 'Acme', 'Eng', '01 Jan 2024']]);
    await importConnections(db, csv, NOW - 20 * DAY);
    expect(await readBackupStatus(db)).toEqual({ changedSince: true, oldestDataAt: NOW - 20 * DAY });
    const first = await exportBackup(db, NOW - 19 * DAY);
    await importConnections(db, csv, NOW - 18 * DAY);
    expect((await readBackupStatus(db)).changedSince).toBe(false);
    await importConnections(db, csv.replace('Acme', 'Initech'), NOW - 17 * DAY);
    expect(await readBackupStatus(db)).toEqual({ lastBackupAt: NOW - 19 * DAY, changedSince: true });
    expect(backupNudge(await readBackupStatus(db), NOW).due).toBe(true);
    // Merging in the first backup (its directory changed before it was made) keeps the later import as unsaved.
    const merged = await restoreBackup(db, first, 'merge', NOW - 15 * DAY);
    expect(merged.ok).toBe(true);
    expect((await readBackupStatus(db)).changedSince).toBe(true);
  });

  it('sees no data, then data without a backup (aged by when it was recorded), then changes after a backup', async () => {
    const db = freshDb();
    expect(await readBackupStatus(db)).toEqual({ changedSince: false });
    await db.people.add(personOf({ id: 'a', name: 'Ann', updatedAt: NOW - 30 * DAY }));
    await db.people.add(personOf({ id: 'b', name: 'Bo', updatedAt: NOW - 2 * DAY }));
    expect(await readBackupStatus(db)).toEqual({ changedSince: true, oldestDataAt: NOW - 30 * DAY });
    // A message sent 40 days ago but logged today is data 0 days old: Bo is updated when it is logged.
    await logTouch(db, { personId: 'b', kind: 'request', at: NOW - 40 * DAY, channel: 'email' }, NOW);
    expect(await readBackupStatus(db)).toEqual({ changedSince: true, oldestDataAt: NOW - 30 * DAY });

    await exportBackup(db, NOW);
    expect(await readBackupStatus(db)).toEqual({ lastBackupAt: NOW, changedSince: false });
    await db.people.update('b', { updatedAt: NOW + DAY });
    expect(await readBackupStatus(db)).toEqual({ lastBackupAt: NOW, changedSince: true });
  });

  it('counts a newer touch or clip as a change', async () => {
    const db = freshDb();
    await db.people.add(personOf({ id: 'a', name: 'Ann', updatedAt: NOW - DAY }));
    await exportBackup(db, NOW);
    await db.clips.add({ id: 'c', url: 'https://example.com', title: 'A', readable: false, savedAt: NOW + 1 });
    expect((await readBackupStatus(db)).changedSince).toBe(true);
    await db.clips.clear();
    expect((await readBackupStatus(db)).changedSince).toBe(false);
    // Logging a touch (even one dated before the backup) updates its person: a change.
    await logTouch(db, { personId: 'a', kind: 'reply', at: NOW - 3 * DAY, channel: 'email' }, NOW + 1);
    expect((await readBackupStatus(db)).changedSince).toBe(true);
  });
});
