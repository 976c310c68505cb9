/** What went wrong with the browser's storage, in the user's words. */
export type StorageProblemKind = 'newer-database' | 'quota' | 'aborted' | 'unavailable' | 'unknown';

export interface StorageProblem {
  kind: StorageProblemKind;
  message: string;
  /** Whether offering a backup makes sense (the data can still be read). */
  offerBackup: boolean;
}

const NAMES: Record<string, StorageProblemKind> = {
  VersionError: 'newer-database',
  QuotaExceededError: 'quota',
  AbortError: 'aborted',
  TransactionInactiveError: 'aborted',
  DatabaseClosedError: 'unavailable',
  InvalidStateError: 'unavailable',
  MissingAPIError: 'unavailable',
};

const MESSAGES: Record<StorageProblemKind, string> = {
  'newer-database':
    'Your Inroads data was saved by a newer version of Inroads than this one. Nothing was changed or deleted: update Inroads to open it.',
  quota:
    'Your browser is out of storage space for Inroads, so the last change was not saved. Your other data is intact. Free some disk space, and keep a backup.',
  aborted: 'The browser cancelled the last save, so it did not happen. Your data is intact; try again.',
  unavailable: 'Inroads cannot reach its storage right now (the browser may be shutting down or in private mode). Nothing was lost.',
  unknown: 'Inroads could not save or read your data just now. Your stored data is intact; try again, and keep a backup.',
};

/** Classifies a Dexie / IndexedDB error (also when wrapped, e.g. OpenFailedError → VersionError). */
export function describeStorageError(error: unknown): StorageProblem | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth += 1) {
    const { name, inner } = current as { name?: unknown; inner?: unknown };
    const kind = typeof name === 'string' ? NAMES[name] : undefined;
    if (kind) return { kind, message: MESSAGES[kind], offerBackup: kind === 'quota' || kind === 'unknown' };
    current = inner;
  }
  const name = (error as { name?: unknown } | null)?.name;
  if (typeof name === 'string' && /Dexie|Database|Open|Upgrade|Constraint|DataError/.test(name)) {
    return { kind: 'unknown', message: MESSAGES.unknown, offerBackup: true };
  }
  return undefined;
}

/** Dexie stores version N as IndexedDB version N × 10. */
const IDB_VERSION_FACTOR = 10;

/**
 * Whether the open database was written by a newer Inroads (a higher schema
 * version than this build knows). Dexie still opens it and deletes nothing;
 * the user is told to update.
 */
export function isNewerDatabase(idbVersion: number | undefined, latestVersion: number): boolean {
  return idbVersion !== undefined && idbVersion / IDB_VERSION_FACTOR > latestVersion;
}

export const NEWER_DATABASE: StorageProblem = {
  kind: 'newer-database',
  message: MESSAGES['newer-database'],
  offerBackup: false,
};

/** Like describeStorageError, for an error known to come from storage. */
export function storageProblemOf(error: unknown): StorageProblem {
  return describeStorageError(error) ?? { kind: 'unknown', message: MESSAGES.unknown, offerBackup: true };
}
