import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getDb } from '@/lib/store';
import { readLastBackupAt } from '@/lib/store/backup/backup-status';
import { formatDateTime } from '@/components/shared/labels';
import { saveBackupNow } from '@/components/shared/save-backup';
import { t } from '@/lib/domain/i18n';
import { useAction } from '@/components/shared/use-action';

/** "Export backup": one JSON file of everything, and when that was last done. */
export function BackupExport() {
  const lastBackupAt = useLiveQuery(() => readLastBackupAt(getDb()), [], null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const save = useAction(
    async () => {
      setMessage(null);
      return saveBackupNow();
    },
    {
      failure: 'backupFailed',
      onDone: (fileName) => setMessage({ ok: true, text: t('backupSavedAs', fileName) }),
      onError: (text) => setMessage({ ok: false, text }),
    },
  );
  const busy = save.busy;

  return (
    <div className="stack">
      <p className="small">
        {lastBackupAt === null
          ? t('backupReading')
          : lastBackupAt === undefined
            ? t('backupLastNever')
            : t('backupLastAt', formatDateTime(lastBackupAt))}
      </p>
      <button type="button" className="primary" disabled={busy} onClick={() => void save.run()}>
        {busy ? t('backupExporting') : t('backupExport')}
      </button>
      <p role="status" aria-live="polite" className={message?.ok === false ? 'error small' : 'ok small'}>
        {message?.text ?? ''}
      </p>
    </div>
  );
}
