/** Why a sync run stopped, as a code the status line words (tables.ts SyncErrorCode). */
import { DavError } from '@/lib/platform/webdav';
import { describeStorageError } from '@/lib/store/storage-errors';
import type { SyncErrorCode } from '@/lib/store/sync/tables';

export class SyncFailure extends Error {
  override name = 'SyncFailure';
  constructor(
    readonly code: SyncErrorCode,
    readonly detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
  }
}

export function failureOf(error: unknown): { code: SyncErrorCode; detail?: string } {
  if (error instanceof SyncFailure) return error.detail ? { code: error.code, detail: error.detail } : { code: error.code };
  if (error instanceof DavError) {
    if (error.problem === 'server') return { code: 'server', detail: error.status ? String(error.status) : undefined };
    return { code: error.problem };
  }
  if (describeStorageError(error)) return { code: 'storage' };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'unknown', detail: message.slice(0, 200) };
}
