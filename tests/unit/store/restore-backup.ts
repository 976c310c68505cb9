/** Parses a backup file and restores it, as the Data view does in two steps (the app never needs them joined). */
import { parseBackup, type RestoreMode } from '@/lib/domain/formats';
import type { InroadsDb } from '@/lib/store/database';
import { expect } from 'vitest';
import { exportBackup, restoreTables, type RestoreProgress, type RestoreResult } from '@/lib/store/backup/backup-io';
import { dumpDb } from './backup-fixtures';

export async function restoreBackup(
  db: InroadsDb,
  text: string,
  mode: RestoreMode,
  now: number,
  onProgress?: RestoreProgress,
): Promise<RestoreResult> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  return restoreTables(db, parsed.tables, Date.parse(parsed.backup.exportedAt), mode, now, onProgress);
}

/** Export → wipe → restore, all at `now`, gives back exactly the database. */
export async function expectRoundTrip(db: InroadsDb, now: number): Promise<void> {
  const text = await exportBackup(db, now);
  const before = await dumpDb(db);
  await Promise.all(db.tables.map((table) => table.clear()));
  const restored = await restoreBackup(db, text, 'replace', now);
  expect(restored, restored.ok ? '' : restored.error.message).toMatchObject({ ok: true });
  expect(await dumpDb(db)).toEqual(before);
}
