/** Parses a backup file and restores it, as the Data view does in two steps (the app never needs them joined). */
import { parseBackup, type RestoreMode } from '@/lib/domain/formats';
import type { InroadsDb } from '@/lib/store/database';
import { restoreTables, type RestoreProgress, type RestoreResult } from '@/lib/store/backup/backup-io';

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
