export * from '@/lib/domain/formats/connections/connections-csv';
export * from '@/lib/domain/directory/plan';
export * from '@/lib/domain/formats/backup/backup';
export * from '@/lib/domain/formats/backup/restore';
export { upgradeBackup, BACKUP_VERSIONS, type BackupUpgrade, type BackupVersions } from '@/lib/domain/formats/backup/versions';
export { SETTINGS_KEY, type BackupMetaRow } from '@/lib/domain/formats/backup/schema';
export * from './targets-csv';
export * from '@/lib/domain/formats/calendar/ics';
export * from '@/lib/domain/formats/calendar/entries';
