/**
 * When the user last exported a backup, and whether it is time to nudge them.
 *
 * A change is any person updated after the last backup (logging a touch,
 * scheduling or writing up a meeting all update the person), a clip saved
 * since, or an import that changed the contact directory since. Without a
 * backup, the data's age is that of the least recently updated person (or the
 * first import): when it was recorded, not the date a message was sent.
 * Each check reads at most one key from an index, so it is cheap enough to run
 * as a live query. A last backup dated after now (made while the clock was
 * ahead) proves nothing: the data counts as not backed up.
 */
import { plural, t } from '@/lib/domain/i18n';
import { CONNECTIONS_CHANGED_KEY } from '@/lib/store/directory/connections';
import type { InroadsDb } from '@/lib/store/database';

/** The meta row holding the epoch ms of the last exported backup. */
export const LAST_BACKUP_KEY = 'lastBackupAt';
export const BACKUP_NUDGE_DAYS = 14;
const DAY = 86_400_000;

export interface BackupStatus {
  lastBackupAt?: number;
  /** The last backup's date is after now (the clock was ahead then, or is behind now): it cannot be trusted. */
  inFuture?: boolean;
  /** Something changed after the last backup (or there is data and no backup yet). */
  changedSince: boolean;
  /** Without any backup: when the oldest data was recorded (least recently updated person, or the first import). */
  oldestDataAt?: number;
}

export interface BackupNudge {
  due: boolean;
  /** Whole days since the last backup (or since the oldest data when never backed up). */
  days?: number;
  message: string;
}

async function readMetaTime(db: InroadsDb, key: string): Promise<number | undefined> {
  const value = (await db.meta.get(key))?.value;
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export const readLastBackupAt = (db: InroadsDb) => readMetaTime(db, LAST_BACKUP_KEY);
export const readConnectionsChangedAt = (db: InroadsDb) => readMetaTime(db, CONNECTIONS_CHANGED_KEY);

const firstKey = async (keys: Promise<unknown[]>): Promise<number | undefined> => {
  const [key] = await keys;
  return typeof key === 'number' ? key : undefined;
};

/** When the oldest data was recorded (least recently updated person, or the first import), if there is any. */
async function oldestDataAt(db: InroadsDb, connectionsChangedAt: number | undefined): Promise<number | undefined> {
  const person = await firstKey(db.people.orderBy('updatedAt').limit(1).keys());
  const dates = [person, connectionsChangedAt].filter((at): at is number => at !== undefined);
  return dates.length ? Math.min(...dates) : undefined;
}

export async function readBackupStatus(db: InroadsDb, now = Date.now()): Promise<BackupStatus> {
  const [lastBackupAt, connectionsChangedAt] = await Promise.all([readLastBackupAt(db), readConnectionsChangedAt(db)]);
  if (lastBackupAt === undefined) {
    const oldest = await oldestDataAt(db, connectionsChangedAt);
    return oldest !== undefined ? { changedSince: true, oldestDataAt: oldest } : { changedSince: false };
  }
  if (lastBackupAt > now) {
    // Nothing can be "changed since" a date to come: any data counts as not backed up.
    const oldest = await oldestDataAt(db, connectionsChangedAt);
    return { lastBackupAt, inFuture: true, changedSince: oldest !== undefined };
  }
  const changed = await Promise.all([
    db.people.where('updatedAt').above(lastBackupAt).limit(1).primaryKeys(),
    db.clips.where('savedAt').above(lastBackupAt).limit(1).primaryKeys(),
  ]);
  const imported = connectionsChangedAt !== undefined && connectionsChangedAt > lastBackupAt;
  return { lastBackupAt, changedSince: imported || changed.some((keys) => keys.length > 0) };
}

/** Pure: nudge when there are unsaved changes and the last backup (or the data) is 14+ days old. */
export function backupNudge(status: BackupStatus, now: number, afterDays = BACKUP_NUDGE_DAYS): BackupNudge {
  if (status.inFuture || (status.lastBackupAt !== undefined && status.lastBackupAt > now)) {
    return status.changedSince
      ? { due: true, message: t('backupDateInFuture') }
      : { due: false, message: t('backupUpToDate') };
  }
  const since = status.lastBackupAt ?? status.oldestDataAt;
  if (!status.changedSince || since === undefined) {
    return {
      due: false,
      message: status.lastBackupAt === undefined ? t('backupNothingYet') : t('backupUpToDate'),
    };
  }
  const days = Math.max(0, Math.floor((now - since) / DAY));
  const due = now - since >= afterDays * DAY;
  const message = plural(status.lastBackupAt === undefined ? 'backupNever' : 'backupLast', days);
  return { due, days, message };
}
