/**
 * Backup file versions. Restore accepts every version ever written: a file of
 * version N is brought up to BACKUP_VERSION by running the upgrade steps
 * `from: N`, `from: N + 1`, … in turn, then validated against the latest schema.
 *
 * To release version 2: bump BACKUP_VERSION, change the schema in
 * backup-schema.ts, and append `{ from: 1, upgrade }` that turns a v1 file (as
 * parsed from JSON) into a v2 one. Never edit or remove a released step.
 */
import { t } from '../i18n';

export const BACKUP_FORMAT = 'inroads-backup';
export const BACKUP_VERSION = 1;

/** A backup file as read from JSON, before validation. */
export type RawBackup = Record<string, unknown>;

export interface BackupUpgrade {
  /** The version this step reads; it returns a file of version `from + 1`. */
  from: number;
  upgrade(file: RawBackup): RawBackup;
}

export interface BackupVersions {
  /** The oldest version ever written. */
  first: number;
  /** The version written today (the schema's version). */
  latest: number;
  upgrades: readonly BackupUpgrade[];
}

/** Version 1 is the first format, so there is nothing to upgrade yet. */
export const BACKUP_VERSIONS: BackupVersions = {
  first: 1,
  latest: BACKUP_VERSION,
  upgrades: [],
};

export type UpgradeResult = { ok: true; file: RawBackup } | { ok: false; code: 'too-new' | 'invalid'; message: string };

/** Brings a parsed file of any known version up to `versions.latest`. */
export function upgradeBackup(file: RawBackup, versions: BackupVersions = BACKUP_VERSIONS): UpgradeResult {
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return { ok: false, code: 'invalid', message: t('restoreErrorNoVersion') };
  }
  if (version > versions.latest) {
    return { ok: false, code: 'too-new', message: t('restoreErrorTooNew', [version, versions.latest]) };
  }
  if (version < versions.first) {
    return { ok: false, code: 'invalid', message: t('restoreErrorUnknownVersion', version) };
  }
  let current = file;
  for (let from = version; from < versions.latest; from++) {
    const step = versions.upgrades.find((candidate) => candidate.from === from);
    if (!step) return { ok: false, code: 'invalid', message: t('restoreErrorNoUpgrade', from) };
    current = { ...step.upgrade(current), version: from + 1 };
  }
  return { ok: true, file: current };
}
