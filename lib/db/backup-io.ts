/**
 * The JSON backup, to and from the database.
 *
 * Export reads every table in one read transaction (a consistent picture).
 * Restore validates the whole file first (lib/io parseBackup); only a valid
 * file is written, all-or-nothing, in ONE transaction over every table: if any
 * write fails the transaction aborts and the database is as it was.
 */
import type { Table } from 'dexie';
import {
  buildBackup,
  parseBackup,
  planRestore,
  type BackupErrorCode,
  type BackupTables,
  type RestoreMode,
} from '../io';
import type { InroadsDb } from './database';
import { LAST_BACKUP_KEY, readLastBackupAt } from './backup-status';
import { recomputeAllNextActions } from './recompute-all';

export type { RestoreMode } from '../io';

/** Rows per bulkPut inside the restore transaction (progress is reported after each). */
const RESTORE_CHUNK = 2000;

export type RestoreProgress = (done: number, total: number) => void;

export interface RestoreCounts {
  people: number;
  touches: number;
  meetings: number;
  templates: number;
  clips: number;
}

export type RestoreResult =
  | { ok: true; mode: RestoreMode; restored: RestoreCounts; recomputed: number; recomputeError?: string }
  | { ok: false; error: { code: BackupErrorCode; message: string } };

const allTables = (db: InroadsDb) => [db.people, db.touches, db.meetings, db.templates, db.clips, db.meta];

async function readTables(db: InroadsDb): Promise<BackupTables> {
  const [people, touches, meetings, templates, clips, meta] = await Promise.all([
    db.people.toArray(),
    db.touches.toArray(),
    db.meetings.toArray(),
    db.templates.toArray(),
    db.clips.toArray(),
    db.meta.toArray(),
  ]);
  return { people, touches, meetings, templates, clips, meta };
}

/** The backup file's text; remembers when it was made (meta 'lastBackupAt'). */
export async function exportBackup(db: InroadsDb, now: number): Promise<string> {
  const tables = await db.transaction('r', allTables(db), () => readTables(db));
  const text = JSON.stringify(buildBackup(tables, now));
  // A full disk must not stop the backup that gets the user out of it: the date is best effort.
  await db.meta.put({ key: LAST_BACKUP_KEY, value: now }).catch(() => undefined);
  return text;
}

export function countsOf(tables: BackupTables): RestoreCounts {
  return {
    people: tables.people.length,
    touches: tables.touches.length,
    meetings: tables.meetings.length,
    templates: tables.templates.length,
    clips: tables.clips.length,
  };
}

/**
 * Writes validated backup tables (from parseBackup) in one transaction.
 * `exportedAt` (epoch ms) is the file's date: after a replace, the data is
 * exactly that backup, so it becomes the last backup date; a merge keeps the
 * current one. Then recomputes what is owed to every target (settings may
 * have changed), outside the restore transaction.
 */
export async function restoreTables(
  db: InroadsDb,
  incoming: BackupTables,
  exportedAt: number,
  mode: RestoreMode,
  now: number,
  onProgress?: RestoreProgress,
): Promise<RestoreResult> {
  await db.transaction('rw', allTables(db), async () => {
    const current = mode === 'merge' ? await readTables(db) : null;
    const lastBackupAt = await readLastBackupAt(db);
    const result = current ? planRestore(current, incoming, 'merge') : planRestore(emptyTables(), incoming, 'replace');
    const keptBackupAt = mode === 'replace' ? Math.max(exportedAt, 0) : lastBackupAt;
    result.meta = result.meta.filter((row) => row.key !== LAST_BACKUP_KEY);
    if (keptBackupAt !== undefined) result.meta.push({ key: LAST_BACKUP_KEY, value: keptBackupAt });
    const total = Object.values(result).reduce((sum, rows: unknown[]) => sum + rows.length, 0);
    let done = 0;
    onProgress?.(0, total);
    await Promise.all(allTables(db).map((table) => table.clear()));
    for (const [table, rows] of [
      [db.people, result.people],
      [db.touches, result.touches],
      [db.meetings, result.meetings],
      [db.templates, result.templates],
      [db.clips, result.clips],
      [db.meta, result.meta],
    ] as const) {
      for (let start = 0; start < rows.length; start += RESTORE_CHUNK) {
        const chunk = rows.slice(start, start + RESTORE_CHUNK);
        await (table as unknown as Table<unknown>).bulkPut(chunk);
        done += chunk.length;
        onProgress?.(done, total);
      }
    }
  });
  try {
    const recomputed = await recomputeAllNextActions(db, now);
    return { ok: true, mode, restored: countsOf(incoming), recomputed };
  } catch (error) {
    // The restore itself is committed; only the refresh of what is owed failed.
    return { ok: true, mode, restored: countsOf(incoming), recomputed: 0, recomputeError: (error as Error).message };
  }
}

function emptyTables(): BackupTables {
  return { people: [], touches: [], meetings: [], templates: [], clips: [], meta: [] };
}

/** Validates the file completely, then restores it (nothing is written when it is refused). */
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
