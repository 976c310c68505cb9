import { useState } from 'react';
import type { RestoreMode } from '../../lib/db/backup-io';

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
      aria-label="Restore the backup"
      onSubmit={(event) => {
        event.preventDefault();
        onRestore(mode);
      }}
    >
      <p role="status">The file checks out. {summary}</p>
      <fieldset>
        <legend>How to restore</legend>
        <label className="row">
          <input
            type="radio"
            name="restore-mode"
            value="merge"
            checked={mode === 'merge'}
            onChange={() => setMode('merge')}
          />
          <span>
            Merge: keep your current data and add the backup; the backup wins where both have the same record.
          </span>
        </label>
        <label className="row">
          <input
            type="radio"
            name="restore-mode"
            value="replace"
            checked={mode === 'replace'}
            onChange={() => setMode('replace')}
          />
          <span>Replace: delete everything now in Inroads and restore exactly the backup.</span>
        </label>
      </fieldset>
      <div className="row">
        <button type="submit" className={mode === 'replace' ? 'danger' : 'primary'}>
          {mode === 'replace' ? 'Replace everything with this backup' : 'Merge this backup'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
