import { BackupExport } from './BackupExport';
import { BackupNudge } from './BackupNudge';
import { BackupRestore } from './BackupRestore';
import { ExportPanel } from './ExportPanel';
import { ImportConnections } from './ImportConnections';
import { StorageStatus } from './StorageStatus';

/** Import connections, back up and restore, and export: the user's data leaves only through here. */
export function DataView() {
  return (
    <div className="data-view">
      <h1>Your data</h1>
      <BackupNudge />
      <p className="small muted">
        Everything Inroads knows stays in this browser. It leaves only through the files below.
      </p>
      <StorageStatus />
      <section aria-labelledby="data-import">
        <h2 id="data-import">Import LinkedIn connections</h2>
        <ImportConnections />
      </section>
      <section aria-labelledby="data-backup">
        <h2 id="data-backup">Backup and restore</h2>
        <BackupExport />
        <BackupRestore />
      </section>
      <section aria-labelledby="data-export">
        <h2 id="data-export">Export</h2>
        <ExportPanel />
      </section>
    </div>
  );
}
