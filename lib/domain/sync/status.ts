/**
 * The sync status line in words: "Synced 2 minutes ago", "Server unreachable
 * — 14 changes waiting", or what stopped sync. Pure (the words come from messages.json).
 */
import { plural, t, type MessageKey } from '@/lib/domain/i18n';
import type { ConnectProblem } from './messages';

/** Why the last run stopped. */
export type SyncErrorCode =
  | 'unreachable'
  | 'auth'
  | 'permission'
  | 'wrong-key'
  | 'newer-schema'
  | 'damaged'
  | 'server'
  | 'storage'
  | 'unknown';

export interface SyncStatusInput {
  lastSyncAt?: number;
  error?: { code: SyncErrorCode; detail?: string };
  /** Changes made here and not yet on the server. */
  waiting: number;
}

const ERRORS: Record<SyncErrorCode, MessageKey> = {
  unreachable: 'syncErrorUnreachable',
  auth: 'syncErrorAuth',
  permission: 'syncErrorPermission',
  'wrong-key': 'syncErrorWrongKey',
  'newer-schema': 'syncErrorNewerSchema',
  damaged: 'syncErrorDamaged',
  server: 'syncErrorServer',
  storage: 'syncErrorStorage',
  unknown: 'syncErrorUnknown',
};

const MINUTE = 60_000;

function since(lastSyncAt: number | undefined, now: number): string {
  if (lastSyncAt === undefined) return t('syncStatusNever');
  const minutes = Math.floor(Math.max(0, now - lastSyncAt) / MINUTE);
  if (minutes < 1) return t('syncStatusJustNow');
  if (minutes < 60) return plural('syncStatusMinutes', minutes);
  const hours = Math.floor(minutes / 60);
  return hours < 48 ? plural('syncStatusHours', hours) : plural('syncStatusDays', Math.floor(hours / 24));
}

export function describeSyncStatus(status: SyncStatusInput, now: number): string {
  const { error } = status;
  const head = error ? t(ERRORS[error.code], error.detail ?? '') : since(status.lastSyncAt, now);
  return status.waiting > 0 ? t('syncStatusWithWaiting', [head, plural('syncWaiting', status.waiting)]) : head;
}

/** Why turning sync on failed: the message saying so. */
export const CONNECT_PROBLEMS: Readonly<Record<ConnectProblem, MessageKey>> = {
  'bad-url': 'syncProblemBadUrl',
  'missing-login': 'syncProblemMissingLogin',
  'short-passphrase': 'syncProblemShortPassphrase',
  permission: 'syncProblemPermission',
  unreachable: 'syncProblemUnreachable',
  auth: 'syncProblemAuth',
  'no-folder': 'syncProblemNoFolder',
  'not-inroads': 'syncProblemNotInroads',
  'wrong-passphrase': 'syncProblemWrongPassphrase',
  server: 'syncProblemServer',
  storage: 'syncProblemStorage',
};
