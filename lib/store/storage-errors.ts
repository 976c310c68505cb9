/** What went wrong with the browser's storage, in the user's words. */
import { labels } from '@/lib/domain/i18n';

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

const MESSAGES = labels<StorageProblemKind>({
  'newer-database': 'storageNewerDatabase',
  quota: 'storageQuota',
  aborted: 'storageAborted',
  unavailable: 'storageUnavailable',
  unknown: 'storageUnknown',
});

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

export { isNewerDatabase } from './newer-guard';

export const NEWER_DATABASE: StorageProblem = {
  kind: 'newer-database',
  get message() {
    return MESSAGES['newer-database'];
  },
  offerBackup: false,
};

/** Like describeStorageError, for an error known to come from storage. */
export function storageProblemOf(error: unknown): StorageProblem {
  return describeStorageError(error) ?? { kind: 'unknown', message: MESSAGES.unknown, offerBackup: true };
}
