import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getDb } from '@/lib/store';
import { backupNudge, readBackupStatus } from '@/lib/store/backup/backup-status';
import { saveBackupNow } from '@/components/shared/save-backup';
import { useNow } from '@/components/sidepanel/use-now';
import { t } from '@/lib/domain/i18n';

/**
 * A reminder to export a backup, shown when there are changes and the last
 * backup is 14 or more days old. Renders nothing otherwise. Can be placed on
 * any side-panel view (Data, Follow-ups).
 */
export function BackupNudge() {
  const status = useLiveQuery(() => readBackupStatus(getDb()), []);
  const [saved, setSaved] = useState('');
  const [error, setError] = useState('');
  const now = useNow(3_600_000);
  if (saved) {
    return (
      <p className="ok small" role="status">
        {t('backupNudgeSaved', saved)}
      </p>
    );
  }
  if (!status) return null;
  const nudge = backupNudge(status, now);
  if (!nudge.due) return null;
  const save = async () => {
    try {
      setSaved(await saveBackupNow());
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <div className="warning backup-nudge" role="status">
      <p>{t('backupNudgeText', nudge.message)}</p>
      <button type="button" className="primary" onClick={() => void save()}>
        {t('backupExportNow')}
      </button>
      {error && <p className="error small">{t('backupFailed', error)}</p>}
    </div>
  );
}
