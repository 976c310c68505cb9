import { BackupExport } from './BackupExport';
import { BackupNudge } from './BackupNudge';
import { BackupRestore } from './BackupRestore';
import { ExportPanel } from './ExportPanel';
import { ImportConnections } from './ImportConnections';
import { StorageStatus } from './StorageStatus';
import { t } from '@/lib/domain/i18n';

/** Import connections, back up and restore, and export: the user's data leaves only through here. */
export function DataView() {
  return (
    <div className="data-view">
      <h1>{t('dataTitle')}</h1>
      <BackupNudge />
      <p className="small muted">{t('dataIntro')}</p>
      <StorageStatus />
      <section aria-labelledby="data-import">
        <h2 id="data-import">{t('dataImportTitle')}</h2>
        <ImportConnections />
      </section>
      <section aria-labelledby="data-backup">
        <h2 id="data-backup">{t('dataBackupTitle')}</h2>
        <BackupExport />
        <BackupRestore />
      </section>
      <section aria-labelledby="data-export">
        <h2 id="data-export">{t('dataExportTitle')}</h2>
        <ExportPanel />
      </section>
    </div>
  );
}
