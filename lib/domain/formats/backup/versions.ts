/**
 * Backup file versions. Restore accepts every version ever written: a file of
 * version N is brought up to BACKUP_VERSION by running the upgrade steps
 * `from: N`, `from: N + 1`, … in turn, then validated against the latest schema.
 *
 * To release version N + 1: bump BACKUP_VERSION, change the schema in
 * backup-schema.ts, and append `{ from: N, upgrade }` that turns a version-N
 * file (as parsed from JSON, not validated: it must not throw on junk) into a
 * version N + 1 one. Never edit or remove a released step.
 *
 * Versions: 1, the first; 2 adds `connections`, the contact directory; 3
 * stores codes instead of sentences (next-action reasons, notes Inroads wrote);
 * 4 keeps dates within 1990–2200 and drafts under hashed keys, and adds
 * `companies` and `objectives` (absent from a file: none).
 */
import { t } from '@/lib/domain/i18n';
import { connectionOfPerson } from '@/lib/domain/directory/buckets';
import { Connection } from '@/lib/domain/model/connection';
import { hasLegacyReason, touchWithAppNote, withoutNextAction } from '@/lib/domain/model/legacy-text';
import { isStorableDate } from '@/lib/domain/model/limits';
import { withHashedDraftKey } from '@/lib/domain/model/draft-key';
import {
  repairClipDates,
  repairConnectionDates,
  repairMeetingDates,
  repairPersonDates,
  repairTouchDates,
} from '@/lib/domain/model/repair-dates';

export const BACKUP_FORMAT = 'inroads-backup';
export const BACKUP_VERSION = 4;

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

/** A person imported from Connections.csv before the contact directory existed (as the schema-v3 upgrade picks them). */
function importedPerson(row: unknown): row is Parameters<typeof connectionOfPerson>[0] {
  if (typeof row !== 'object' || row === null) return false;
  const { connectedOn, name } = row as Record<string, unknown>;
  return connectedOn !== undefined && typeof name === 'string' && name.trim() !== '';
}

/**
 * 1 → 2: a version-1 file predates the contact directory, so its people with
 * a connected-on date become its connections too, exactly as the database's
 * schema-v3 upgrade copies them (lib/store/database.ts); the people stay as they
 * are. A copy the Connection schema refuses is left out: its person is
 * invalid too, and the file is refused for that, in the person's words.
 */
function addConnections(file: RawBackup): RawBackup {
  const people: unknown[] = Array.isArray(file.people) ? file.people : [];
  const connections = people
    .filter(importedPerson)
    .map(connectionOfPerson)
    .filter((contact) => Connection.safeParse(contact).success);
  return { ...file, connections };
}

/**
 * 2 → 3: sentences become codes, as the database's schema-v4 upgrade does:
 * notes Inroads wrote on touches become `appNote` codes; a next action whose
 * reason is a sentence is dropped (restore recomputes every target's).
 */
function codesNotSentences(file: RawBackup): RawBackup {
  return {
    ...file,
    people: eachRow(file.people, (p) => (hasLegacyReason(p) ? withoutNextAction(p) : p)),
    touches: eachRow(file.touches, touchWithAppNote),
  };
}

/** Rewrites the rows of a table; junk stays junk (validation refuses it in the file's words). */
function eachRow(table: unknown, rewrite: (row: Record<string, unknown>) => unknown): unknown {
  const isRow = (row: unknown): row is Record<string, unknown> => typeof row === 'object' && row !== null;
  return Array.isArray(table) ? table.map((row: unknown) => (isRow(row) ? rewrite(row) : row)) : table;
}

/**
 * 3 → 4: what the database's schema-v5 upgrade does, on the file: dates
 * outside 1990–2200 are repaired (repair-dates.ts; the fallback is the file's
 * own date), drafts keyed `draft:<profile URL>` get the hashed key (the URL
 * made some keys longer than a meta key may be). Version 4 also adds
 * `companies` and `objectives` (absent from a file: none).
 */
function withinStoredLimits(file: RawBackup): RawBackup {
  const exportedAt = typeof file.exportedAt === 'string' ? Date.parse(file.exportedAt) : Number.NaN;
  // A file without a usable date is refused for it; its rows get a date that is refused too.
  const fallback = isStorableDate(exportedAt) ? exportedAt : Number.NaN;
  const out: RawBackup = { ...file };
  const rewrite = (table: string, row: (r: Record<string, unknown>) => unknown) => {
    if (table in file) out[table] = eachRow(file[table], row);
  };
  rewrite('people', (p) => repairPersonDates(p, fallback));
  rewrite('touches', (touch) => repairTouchDates(touch, fallback));
  rewrite('meetings', (meeting) => repairMeetingDates(meeting, fallback));
  rewrite('clips', (clip) => repairClipDates(clip, fallback));
  rewrite('connections', repairConnectionDates);
  rewrite('meta', (row) => withHashedDraftKey(row as { key: unknown }));
  return out;
}

export const BACKUP_VERSIONS: BackupVersions = {
  first: 1,
  latest: BACKUP_VERSION,
  upgrades: [
    { from: 1, upgrade: addConnections },
    { from: 2, upgrade: codesNotSentences },
    { from: 3, upgrade: withinStoredLimits },
  ],
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
