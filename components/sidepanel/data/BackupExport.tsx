import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getDb } from '@/lib/store';
import { readLastBackupAt } from '@/lib/store/backup/backup-status';
import { formatDateTime } from '@/components/shared/labels';
import { saveBackupNow } from '@/components/shared/save-backup';
import { t } from '@/lib/domain/i18n';

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
      setMessage({ ok: true, text: t('backupSavedAs', fileName) });
    } catch (error) {
      setMessage({ ok: false, text: t('backupFailed', (error as Error).message) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="stack">
      <p className="small">
        {lastBackupAt === null
          ? t('backupReading')
          : lastBackupAt === undefined
            ? t('backupLastNever')
            : t('backupLastAt', formatDateTime(lastBackupAt))}
      </p>
      <button type="button" className="primary" disabled={busy} onClick={() => void save()}>
        {busy ? t('backupExporting') : t('backupExport')}
      </button>
      <p role="status" aria-live="polite" className={message?.ok === false ? 'error small' : 'ok small'}>
        {message?.text ?? ''}
      </p>
    </div>
  );
}
