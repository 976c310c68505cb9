import { useState } from 'react';
import type { RestoreMode } from '../../lib/db/backup-io';
import { t } from '../../lib/i18n';

/** Merge or replace, for a backup file that passed every check. */
export function RestoreChoice({
  summary,
  onRestore,
  onCancel,
}: {
  summary: string;
  onRestore: (mode: RestoreMode) => void;
  onCancel: () => void;
}) {
  const [mode, setMode] = useState<RestoreMode>('merge');
  return (
    <form
      className="card stack"
      aria-label={t('restoreFormLabel')}
      onSubmit={(event) => {
        event.preventDefault();
        onRestore(mode);
      }}
    >
      <p role="status">{t('restoreChecksOut', summary)}</p>
      <fieldset>
        <legend>{t('restoreHow')}</legend>
        <label className="row">
          <input
            type="radio"
            name="restore-mode"
            value="merge"
            checked={mode === 'merge'}
            onChange={() => setMode('merge')}
          />
          <span>{t('restoreMerge')}</span>
        </label>
        <label className="row">
          <input
            type="radio"
            name="restore-mode"
            value="replace"
            checked={mode === 'replace'}
            onChange={() => setMode('replace')}
          />
          <span>{t('restoreReplace')}</span>
        </label>
      </fieldset>
      <div className="row">
        <button type="submit" className={mode === 'replace' ? 'danger' : 'primary'}>
          {mode === 'replace' ? t('restoreReplaceButton') : t('restoreMergeButton')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('commonCancel')}
        </button>
      </div>
    </form>
  );
}
