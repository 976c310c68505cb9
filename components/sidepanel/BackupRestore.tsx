import { useState } from 'react';
import { getDb } from '../../lib/db';
import { countsOf, restoreTables, type RestoreMode, type RestoreResult } from '../../lib/db/backup-io';
import { parseBackup, type BackupTables } from '../../lib/io';
import { formatDateTime } from '../labels';
import { ProgressBar } from './ProgressBar';
import { RestoreChoice } from './RestoreChoice';

export type RestorePhase =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'refused'; fileName: string; message: string }
  | { step: 'checked'; fileName: string; tables: BackupTables; exportedAt: number }
  | { step: 'restoring'; done: number; total: number }
  | { step: 'restored'; result: Extract<RestoreResult, { ok: true }> }
  | { step: 'failed'; message: string };

const count = (n: number) => n.toLocaleString('en-US');

export function describeCounts(tables: BackupTables): string {
  const c = countsOf(tables);
  return `${count(c.people)} people, ${count(c.touches)} messages and calls, ${count(c.meetings)} meetings, ${count(c.templates)} templates, ${count(c.clips)} research clips`;
}

/** Restore from a backup file: checked completely first, then merged or replacing everything. */
export function BackupRestore() {
  const [phase, setPhase] = useState<RestorePhase>({ step: 'idle' });

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setPhase({ step: 'reading' });
    const parsed = parseBackup(await file.text());
    if (!parsed.ok) setPhase({ step: 'refused', fileName: file.name, message: parsed.error.message });
    else
      setPhase({
        step: 'checked',
        fileName: file.name,
        tables: parsed.tables,
        exportedAt: Date.parse(parsed.backup.exportedAt),
      });
  };

  const restore = async (mode: RestoreMode) => {
    if (phase.step !== 'checked') return;
    const question =
      'Replace everything in Inroads with this backup? People, messages, meetings, templates and clips not in the file will be deleted.';
    if (mode === 'replace' && !window.confirm(question)) return;
    setPhase({ step: 'restoring', done: 0, total: 0 });
    try {
      const result = await restoreTables(getDb(), phase.tables, phase.exportedAt, mode, Date.now(), (done, total) =>
        setPhase({ step: 'restoring', done, total }),
      );
      if (result.ok) setPhase({ step: 'restored', result });
      else setPhase({ step: 'failed', message: result.error.message });
    } catch (error) {
      setPhase({ step: 'failed', message: (error as Error).message || 'unknown error' });
    }
  };

  return (
    <div className="stack">
      <label>
        <span className="label">Restore from a backup file (.json)</span>
        <input
          type="file"
          accept=".json,application/json"
          disabled={phase.step === 'restoring' || phase.step === 'reading'}
          onChange={(e) => void onFile(e.currentTarget)}
        />
      </label>
      {phase.step === 'reading' && <p role="status">Checking the file…</p>}
      {phase.step === 'refused' && (
        <p className="error" role="alert">
          {phase.fileName} cannot be restored: {phase.message} Nothing was changed.
        </p>
      )}
      {phase.step === 'checked' && (
        <RestoreChoice
          summary={`${phase.fileName}: a backup from ${formatDateTime(phase.exportedAt)} with ${describeCounts(phase.tables)}.`}
          onRestore={(mode) => void restore(mode)}
          onCancel={() => setPhase({ step: 'idle' })}
        />
      )}
      {phase.step === 'restoring' && (
        <ProgressBar label="Restoring the backup" verb="Restored" done={phase.done} total={phase.total} />
      )}
      {phase.step === 'restored' && (
        <p className="ok" role="status">
          Backup restored ({phase.result.mode === 'merge' ? 'merged with your data' : 'replacing your data'}):{' '}
          {count(phase.result.restored.people)} people from the file. What is owed next was recalculated for{' '}
          {count(phase.result.recomputed)} targets.
          {phase.result.recomputeError &&
            ` (Recalculating stopped early: ${phase.result.recomputeError}; it is redone as you work.)`}
        </p>
      )}
      {phase.step === 'failed' && (
        <p className="error" role="alert">
          The restore failed and nothing was changed: {phase.message}
        </p>
      )}
    </div>
  );
}
