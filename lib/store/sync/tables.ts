/**
 * Sync's local tables (schema v7). They stay on this device: backups never
 * hold them, and the capture never records them.
 *
 * - outbox: changes the storage layer captured (capture.ts), in order, not yet stamped.
 * - syncRows: the merge state of every synced record (lib/domain/sync/merge.ts).
 * - syncState: one row per key below.
 */
import type { Change, LocalChange } from '@/lib/domain/sync/change';
import type { SyncErrorCode } from '@/lib/domain/sync/status';

export type { SyncErrorCode };

export type OutboxRow = LocalChange & { id?: number };

/** This device: its id, whether changes are captured, and the server it syncs with. */
export interface DeviceRow {
  key: 'device';
  deviceId: string;
  /** Read by the capture inside every write transaction: on while sync is on. */
  capturing: boolean;
  /** The WebDAV folder URL (with a trailing slash) and user name. */
  folder?: string;
  user?: string;
  /** The salt of the server's keys.json: another one means the folder was started afresh. */
  keysId?: string;
  /** The sequence number the next batch will get. */
  nextSeq: number;
  /** This device's newest snapshot on the server (0: none yet). */
  snapshotSeq: number;
}

/** What sync needs to reach the server: the app password and the key (not extractable). */
export interface SecretRow {
  key: 'secret';
  password: string;
  cryptoKey: CryptoKey;
}

export interface ClockRow {
  key: 'clock';
  wall: number;
  counter: number;
}

/** For each other device, the last of its batches applied here. */
export interface CursorsRow {
  key: 'cursors';
  cursors: Record<string, number>;
}

export interface StatusRow {
  key: 'status';
  /** When the last sync finished without an error. */
  lastSyncAt?: number;
  lastAttemptAt?: number;
  error?: { code: SyncErrorCode; detail?: string };
  /** Changes stamped and waiting in batches not yet uploaded. */
  waiting: number;
}

/** Changes stamped and waiting: the open batch ('batch:open') or one sealed under its number ('batch:<seq>'). */
export interface BatchRow {
  key: `batch:${string}`;
  seq?: number;
  changes: Change[];
}

/** Touches and meetings kept out of the tables until their person is here (orphans.ts): syncRows id → person id. */
export interface HeldRow {
  key: 'held';
  rows: Record<string, string>;
}

export type SyncStateRow = DeviceRow | SecretRow | ClockRow | CursorsRow | StatusRow | BatchRow | HeldRow;

export const OPEN_BATCH = 'batch:open' as const;
export const sealedKey = (seq: number) => `batch:${String(seq).padStart(10, '0')}` as const;
