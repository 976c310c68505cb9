export * from './connections-csv';
export * from './connections-plan';
export * from './backup';
export * from './backup-restore';
export { upgradeBackup, BACKUP_VERSIONS, type BackupUpgrade, type BackupVersions } from './backup-versions';
export { SETTINGS_KEY, type BackupMetaRow } from './backup-schema';
export * from './targets-csv';
export * from './calendar-ics';
export * from './calendar-entries';
