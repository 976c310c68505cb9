/**
 * The JSON backup (docs/method.md contract):
 * `{ "format": "inroads-backup", "version": N, "exportedAt": ISO, ...tables }`.
 * Writing is plain; reading trusts nothing: any version ever written is
 * upgraded (backup-versions.ts), then every row of every table is validated
 * and cross-checked (backup-schema.ts) before anything may be restored.
 */
import { t } from '@/lib/domain/i18n';
import type {
  Company,
  Connection,
  Meeting,
  ObjectiveRecord,
  Person,
  ResearchClip,
  Template,
  Touch,
} from '@/lib/domain/model';
import { BackupFile, checkBackupTables, describeIssues, type BackupMetaRow } from './schema';
import { BACKUP_FORMAT, BACKUP_VERSION, BACKUP_VERSIONS, upgradeBackup, type BackupVersions } from './versions';
import { BACKUP_MAX_DEPTH, excessiveNesting, tooDeepMessage } from './limits';
import { rederived } from './derived';

export { BACKUP_FORMAT, BACKUP_VERSION } from './versions';
export { BACKUP_FILE_MAX_BYTES, BACKUP_MAX_DEPTH, backupFileTooLarge } from './limits';
export type { BackupFile } from './schema';

/** The tables stored one row per record (what planRestore plans). */
export interface RowTables {
  people: Person[];
  touches: Touch[];
  meetings: Meeting[];
  templates: Template[];
  clips: ResearchClip[];
  meta: BackupMetaRow[];
  companies: Company[];
  objectives: ObjectiveRecord[];
}

/** Every table of a backup: the row tables and the contact directory (a flat list; stored packed). */
export interface BackupTables extends RowTables {
  connections: Connection[];
}

export type BackupErrorCode = 'not-json' | 'not-inroads' | 'too-new' | 'invalid';

export type BackupParseResult =
  | { ok: true; backup: BackupFile; tables: BackupTables }
  | { ok: false; error: { code: BackupErrorCode; message: string } };

export function buildBackup(tables: BackupTables, now: number): BackupFile {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    people: tables.people,
    touches: tables.touches,
    meetings: tables.meetings,
    templates: tables.templates,
    clips: tables.clips,
    meta: tables.meta,
    connections: tables.connections,
    companies: tables.companies,
    objectives: tables.objectives,
  };
}

/** `inroads-backup-2024-05-30.json` (the UTC date of `now`). */
export function backupFileName(now: number): string {
  return `inroads-backup-${new Date(now).toISOString().slice(0, 10)}.json`;
}

/** Drops `__proto__` keys so no parsed object can carry a prototype swap into later copies. */
function withoutProtoKeys(key: string, value: unknown): unknown {
  return key === '__proto__' ? undefined : value;
}

function fail(code: BackupErrorCode, message: string): BackupParseResult {
  return { ok: false, error: { code, message } };
}

export function parseBackup(text: string, versions: BackupVersions = BACKUP_VERSIONS): BackupParseResult {
  if (excessiveNesting(text, BACKUP_MAX_DEPTH) >= 0) return fail('invalid', tooDeepMessage());
  let raw: unknown;
  try {
    // The reviver is slow on large files; only pay for it when the key may be there
    // at all (spelled out, or hidden behind \u escapes).
    const risky = text.includes('__proto__') || text.includes('\\u');
    raw = risky ? JSON.parse(text, withoutProtoKeys) : JSON.parse(text);
  } catch (error) {
    // A stack overflow (the engine's limit may be lower than ours): say what it means.
    if (error instanceof RangeError) return fail('invalid', tooDeepMessage());
    // The engine's own words (often English), in brackets, when it gives any.
    const detail = error instanceof Error ? error.message : '';
    return fail('not-json', detail ? t('restoreErrorNotJsonDetail', detail) : t('restoreErrorNotJson'));
  }
  if (
    typeof raw !== 'object' ||
    raw === null ||
    Array.isArray(raw) ||
    (raw as { format?: unknown }).format !== BACKUP_FORMAT
  ) {
    return fail('not-inroads', t('restoreErrorNotInroads', BACKUP_FORMAT));
  }
  const upgraded = upgradeBackup(raw as Record<string, unknown>, versions);
  if (!upgraded.ok) return fail(upgraded.code, upgraded.message);
  const parsed = BackupFile.safeParse(rederived(upgraded.file));
  if (!parsed.success) return fail('invalid', t('restoreErrorDamaged', describeIssues(parsed.error.issues)));
  const backup = parsed.data;
  const problem = checkBackupTables(backup);
  if (problem) return fail('invalid', t('restoreErrorDamaged', problem));
  const { people, touches, meetings, templates, clips, meta, connections, companies, objectives } = backup;
  const tables = { people, touches, meetings, templates, clips, meta, connections, companies, objectives };
  return { ok: true, backup, tables };
}
