import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getDb } from '@/lib/store';
import { backupNudge, readBackupStatus } from '@/lib/store/backup/backup-status';
import { saveBackupNow } from '@/components/shared/save-backup';
import { useNow } from '@/components/sidepanel/use-now';
import { t } from '@/lib/domain/i18n';
import { FormError } from '@/components/shared/FormError';
import { useAction } from '@/components/shared/use-action';

/**
 * A reminder to export a backup, shown when there are changes and the last
 * backup is 14 or more days old. Renders nothing otherwise. Can be placed on
 * any side-panel view (Data, Follow-ups).
 */
export function BackupNudge() {
  const status = useLiveQuery(() => readBackupStatus(getDb()), []);
  const [saved, setSaved] = useState('');
  const save = useAction(saveBackupNow, { failure: 'backupFailed', onDone: setSaved });
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
  return (
    <div className="warning backup-nudge" role="status">
      <p>{t('backupNudgeText', nudge.message)}</p>
      <button type="button" className="primary" disabled={save.busy} onClick={() => void save.run()}>
        {t('backupExportNow')}
      </button>
      <FormError error={save.error} />
    </div>
  );
}
