import { useState } from 'react';
import { getDb } from '@/lib/store';
import { countsOf, restoreTables, type RestoreMode, type RestoreResult } from '@/lib/store/backup/backup-io';
import { backupFileTooLarge, parseBackup, type BackupTables } from '@/lib/domain/formats';
import { formatDateTime } from '@/components/shared/labels';
import { ProgressBar } from './ProgressBar';
import { RestoreChoice } from './RestoreChoice';
import { plural, t, type PluralBase } from '@/lib/domain/i18n';
import { errorText } from '@/components/shared/error-text';

export type RestorePhase =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'refused'; fileName: string; message: string }
  | { step: 'checked'; fileName: string; tables: BackupTables; exportedAt: number }
  | { step: 'restoring'; done: number; total: number }
  | { step: 'restored'; result: Extract<RestoreResult, { ok: true }> }
  | { step: 'failed'; message: string };

const count = (n: number) => n.toLocaleString('en-US');

const counted = (base: PluralBase, n: number) => plural(base, n, [count(n)]);

export function describeCounts(tables: BackupTables): string {
  const c = countsOf(tables);
  return [
    counted('restoreCountPeople', c.people),
    counted('restoreCountConnections', c.connections),
    counted('restoreCountTouches', c.touches),
    counted('restoreCountMeetings', c.meetings),
    counted('restoreCountTemplates', c.templates),
    counted('restoreCountClips', c.clips),
  ].join(', ');
}

function restoredText({ mode, restored, recomputed, recomputeError }: Extract<RestoreResult, { ok: true }>): string {
  return [
    t(mode === 'merge' ? 'restoreDoneMerged' : 'restoreDoneReplaced', counted('restoreCountPeople', restored.people)),
    counted('restoreRecomputed', recomputed),
    recomputeError ? t('restoreRecomputeStopped', recomputeError) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** Restore from a backup file: checked completely first, then merged or replacing everything. */
export function BackupRestore() {
  const [phase, setPhase] = useState<RestorePhase>({ step: 'idle' });

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // Refused before reading: a file too large to be a backup may be too large to read at all.
    const tooLarge = backupFileTooLarge(file.size);
    if (tooLarge) return setPhase({ step: 'refused', fileName: file.name, message: tooLarge });
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
    if (mode === 'replace' && !window.confirm(t('restoreConfirmReplace'))) return;
    setPhase({ step: 'restoring', done: 0, total: 0 });
    try {
      const result = await restoreTables(getDb(), phase.tables, phase.exportedAt, mode, Date.now(), (done, total) =>
        setPhase({ step: 'restoring', done, total }),
      );
      if (result.ok) setPhase({ step: 'restored', result });
      else setPhase({ step: 'failed', message: result.error.message });
    } catch (error) {
      setPhase({ step: 'failed', message: errorText(error) });
    }
  };

  return (
    <div className="stack">
      <label>
        <span className="label">{t('restoreFileLabel')}</span>
        <input
          type="file"
          accept=".json,application/json"
          disabled={phase.step === 'restoring' || phase.step === 'reading'}
          onChange={(e) => void onFile(e.currentTarget)}
        />
      </label>
      {phase.step === 'reading' && <p role="status">{t('restoreChecking')}</p>}
      {phase.step === 'refused' && (
        <p className="error" role="alert">
          {t('restoreRefused', [phase.fileName, phase.message])}
        </p>
      )}
      {phase.step === 'checked' && (
        <RestoreChoice
          summary={t('restoreSummary', [
            phase.fileName,
            formatDateTime(phase.exportedAt),
            describeCounts(phase.tables),
          ])}
          onRestore={(mode) => void restore(mode)}
          onCancel={() => setPhase({ step: 'idle' })}
        />
      )}
      {phase.step === 'restoring' && (
        <ProgressBar
          label={t('restoreProgressLabel')}
          verb={t('restoreProgressVerb')}
          done={phase.done}
          total={phase.total}
        />
      )}
      {phase.step === 'restored' && (
        <p className="ok" role="status">
          {restoredText(phase.result)}
        </p>
      )}
      {phase.step === 'failed' && (
        <p className="error" role="alert">
          {t('restoreFailed', phase.message)}
        </p>
      )}
    </div>
  );
}
