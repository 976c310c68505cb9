import { useEffect, useState } from 'react';
import { getDb } from '@/lib/store';
import { LATEST_DB_VERSION } from '@/lib/store/database';
import { isNewerDatabase, NEWER_DATABASE, storageProblemOf, type StorageProblem } from '@/lib/store/storage-errors';
import { onStorageProblem } from './storage-events';
import { t } from '@/lib/domain/i18n';
import { errorText } from './error-text';

/**
 * A banner when storage fails (full disk, a cancelled save, a database from a
 * newer Inroads): says what happened in plain words, that stored data is
 * intact, and offers a backup while the data can still be read.
 */
export function StorageBanner() {
  const [problem, setProblem] = useState<StorageProblem>();
  const [backup, setBackup] = useState('');
  useEffect(() => {
    const db = getDb();
    db.open()
      .then(() => {
        if (isNewerDatabase(db.backendDB()?.version, LATEST_DB_VERSION)) setProblem(NEWER_DATABASE);
      })
      .catch((error: unknown) => setProblem(storageProblemOf(error)));
    return onStorageProblem(setProblem);
  }, []);
  if (!problem) return null;
  const saveBackup = async () => {
    try {
      // Loaded on demand: the backup code stays out of the popup's first paint.
      const { saveBackupNow } = await import('./save-backup');
      setBackup(t('storageBackupSaved', await saveBackupNow()));
    } catch (error) {
      setBackup(t('storageBackupFailed', errorText(error)));
    }
  };
  return (
    <div className="warning storage-banner" role="alert" data-testid="storage-banner">
      <p>{problem.message}</p>
      <div className="row">
        {problem.offerBackup && (
          <button type="button" onClick={saveBackup}>
            {t('storageBackUpNow')}
          </button>
        )}
        <button type="button" className="link" onClick={() => setProblem(undefined)}>
          {t('commonDismiss')}
        </button>
      </div>
      {backup && <p className="small">{backup}</p>}
    </div>
  );
}
