/**
 * The JSON backup, to and from the database.
 *
 * Export reads every table in one read transaction (a consistent picture).
 * Restore validates the whole file first (lib/domain/formats/backup parseBackup); only a valid
 * file is written, all-or-nothing, in ONE transaction over every table: if any
 * write fails the transaction aborts and the database is as it was.
 * The transaction reads what is stored, plans the result (replace or merge),
 * and writes only the difference (restore-write.ts); the backup's connections
 * replace the contact directory or are merged into it (restore-connections.ts).
 */
import {
  buildBackup,
  planRestore,
  type BackupErrorCode,
  type BackupMetaRow,
  type BackupTables,
  type RestoreMode,
  type RowTables,
} from '@/lib/domain/formats';
import type { InroadsDb } from '@/lib/store/database';
import { LAST_BACKUP_KEY, readConnectionsChangedAt, readLastBackupAt } from './backup-status';
import { CONNECTIONS_CHANGED_KEY, loadConnections } from '@/lib/store/directory/connections';
import { withFreshNextActions } from '@/lib/store/history/next-action-tables';
import { writeRestoredTables, type RestoreProgress } from './restore-write';

export type { RestoreMode } from '@/lib/domain/formats';

export type { RestoreProgress } from './restore-write';

export interface RestoreCounts {
  people: number;
  touches: number;
  meetings: number;
  templates: number;
  clips: number;
  connections: number;
  companies: number;
  objectives: number;
}

export type RestoreResult =
  | { ok: true; mode: RestoreMode; restored: RestoreCounts; recomputed: number; recomputeError?: string }
  | { ok: false; error: { code: BackupErrorCode; message: string } };

/** Every table of the database: what a backup holds and a replace restore rewrites. */
const allTables = (db: InroadsDb) => [
  db.people,
  db.touches,
  db.meetings,
  db.templates,
  db.clips,
  db.meta,
  db.connections,
  db.companies,
  db.objectives,
];

async function readRowTables(db: InroadsDb): Promise<RowTables> {
  const [people, touches, meetings, templates, clips, meta, companies, objectives] = await Promise.all([
    db.people.toArray(),
    db.touches.toArray(),
    db.meetings.toArray(),
    db.templates.toArray(),
    db.clips.toArray(),
    db.meta.toArray(),
    db.companies.toArray(),
    db.objectives.toArray(),
  ]);
  return { people, touches, meetings, templates, clips, meta, companies, objectives };
}

/** The backup file's text; remembers when it was made (meta 'lastBackupAt'). */
export async function exportBackup(db: InroadsDb, now: number): Promise<string> {
  const tables: BackupTables = await db.transaction('r', allTables(db), async () => ({
    ...(await readRowTables(db)),
    connections: await loadConnections(db),
  }));
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
    connections: tables.connections.length,
    companies: tables.companies.length,
    objectives: tables.objectives.length,
  };
}

/**
 * Writes validated backup tables (from parseBackup) in one transaction.
 * `exportedAt` (epoch ms) is the file's date: after a replace, the data is
 * exactly that backup, so it becomes the last backup date; a merge keeps the
 * current one. What is owed to every target is recomputed at `now` (settings
 * may have changed) from the rows about to be written, so people are written
 * once, already up to date; only rows that differ from what is stored are
 * written. Should that computation fail, the rows are restored as they are
 * and `recomputeError` says why.
 */
export async function restoreTables(
  db: InroadsDb,
  incoming: BackupTables,
  exportedAt: number,
  mode: RestoreMode,
  now: number,
  onProgress?: RestoreProgress,
): Promise<RestoreResult> {
  return db.transaction('rw', allTables(db), async () => {
    const current = await readRowTables(db);
    const lastBackupAt = await readLastBackupAt(db);
    const result =
      mode === 'merge' ? planRestore(current, incoming, 'merge') : planRestore(emptyTables(), incoming, 'replace');
    // Never in the future: a file made while the clock was ahead would silence the reminder until then.
    const keptBackupAt = mode === 'replace' ? Math.min(Math.max(exportedAt, 0), now) : lastBackupAt;
    result.meta = result.meta.filter((row) => row.key !== LAST_BACKUP_KEY);
    if (keptBackupAt !== undefined) result.meta.push({ key: LAST_BACKUP_KEY, value: keptBackupAt });
    result.meta = result.meta.map((row) => (row.key === CONNECTIONS_CHANGED_KEY ? pastDateRow(row, now) : row));
    // A merge keeps the later of the two directory changes, so an import not yet backed up still counts.
    const storedChange = mode === 'merge' ? await readConnectionsChangedAt(db) : undefined;
    const fileChange = result.meta.find((row) => row.key === CONNECTIONS_CHANGED_KEY)?.value;
    if (storedChange !== undefined && !(typeof fileChange === 'number' && fileChange > storedChange)) {
      result.meta = result.meta.filter((row) => row.key !== CONNECTIONS_CHANGED_KEY);
      result.meta.push({ key: CONNECTIONS_CHANGED_KEY, value: storedChange });
    }
    let recomputed = 0;
    let recomputeError: string | undefined;
    try {
      const fresh = withFreshNextActions(result, now);
      result.people = fresh.people;
      recomputed = fresh.targets;
    } catch (error) {
      // The rows are still restored; what is owed is redone as the user works.
      recomputeError = error instanceof Error ? error.message : String(error);
    }
    await writeRestoredTables(db, result, current, { contacts: incoming.connections, mode }, onProgress);
    const restored: RestoreResult = { ok: true, mode, restored: countsOf(incoming), recomputed };
    return recomputeError === undefined ? restored : { ...restored, recomputeError };
  });
}

/** A bookkeeping date row from a file: a date in the future counts as now; not a date, as now too (it said "changed"). */
function pastDateRow(row: BackupMetaRow, now: number): BackupMetaRow {
  const value = row.value;
  return typeof value === 'number' && Number.isFinite(value) && value <= now ? row : { ...row, value: now };
}

function emptyTables(): RowTables {
  return { people: [], touches: [], meetings: [], templates: [], clips: [], meta: [], companies: [], objectives: [] };
}
