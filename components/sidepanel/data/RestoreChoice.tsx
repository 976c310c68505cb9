import { useState } from 'react';
import type { RestoreMode } from '@/lib/store/backup/backup-io';
import { t, type MessageKey } from '@/lib/domain/i18n';

const MODES: [RestoreMode, MessageKey][] = [
  ['merge', 'restoreMerge'],
  ['replace', 'restoreReplace'],
];

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
        {MODES.map(([value, label]) => (
          <label key={value} className="row">
            <input
              type="radio"
              name="restore-mode"
              value={value}
              checked={mode === value}
              onChange={() => setMode(value)}
            />
            <span>{t(label)}</span>
          </label>
        ))}
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
