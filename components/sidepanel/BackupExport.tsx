import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getDb } from '../../lib/db';
import { readLastBackupAt } from '../../lib/db/backup-status';
import { formatDateTime } from '../labels';
import { saveBackupNow } from './save-backup';

/** "Export backup": one JSON file of everything, and when that was last done. */
export function BackupExport() {
  const lastBackupAt = useLiveQuery(() => readLastBackupAt(getDb()), [], null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const save = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const fileName = await saveBackupNow();
      setMessage({ ok: true, text: `Backup saved as ${fileName}. Keep it somewhere other than this computer too.` });
    } catch (error) {
      setMessage({ ok: false, text: `The backup failed: ${(error as Error).message}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="stack">
      <p className="small">
        {lastBackupAt === null
          ? 'Reading…'
          : lastBackupAt === undefined
            ? 'Last backup: never.'
            : `Last backup: ${formatDateTime(lastBackupAt)}.`}
      </p>
      <button type="button" className="primary" disabled={busy} onClick={() => void save()}>
        {busy ? 'Exporting…' : 'Export backup'}
      </button>
      <p role="status" aria-live="polite" className={message?.ok === false ? 'error small' : 'ok small'}>
        {message?.text ?? ''}
      </p>
    </div>
  );
}
