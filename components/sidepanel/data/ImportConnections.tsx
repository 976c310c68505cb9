import { useState } from 'react';
import { getDb } from '@/lib/store';
import type { ConnectionsImportResult } from '@/lib/store/directory/import-connections';
import { importConnectionsFile } from '@/lib/store/directory/import-file';
import { ImportSummary } from './ImportSummary';
import { ProgressBar } from './ProgressBar';
import { t } from '@/lib/domain/i18n';
import { errorText } from '@/components/shared/error-text';

type Phase =
  | { step: 'idle' }
  | { step: 'importing'; done: number; total: number }
  | { step: 'finished'; result: ConnectionsImportResult }
  | { step: 'failed'; message: string };

/** Imports LinkedIn's Connections.csv ("Get a copy of your data" → Connections). */
export function ImportConnections() {
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const busy = phase.step === 'importing';

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setPhase({ step: 'importing', done: 0, total: 0 });
    try {
      const result = await importConnectionsFile(getDb(), file, Date.now(), (done, total) =>
        setPhase({ step: 'importing', done, total }),
      );
      setPhase({ step: 'finished', result });
    } catch (error) {
      setPhase({ step: 'failed', message: errorText(error) });
    } finally {
      input.value = '';
    }
  };

  return (
    <div className="stack">
      <p className="small muted">{t('importHowTo')}</p>
      <label>
        <span className="label">{t('importFileLabel')}</span>
        <input type="file" accept=".csv,text/csv" disabled={busy} onChange={(e) => void onFile(e.currentTarget)} />
      </label>
      {phase.step === 'importing' && (
        <ProgressBar
          label={t('importProgressLabel')}
          verb={t('importProgressVerb')}
          done={phase.done}
          total={phase.total}
        />
      )}
      {phase.step === 'finished' && !phase.result.ok && (
        <p className="error" role="alert">
          {t('importRefused', phase.result.error.message)}
        </p>
      )}
      {phase.step === 'finished' && phase.result.ok && <ImportSummary summary={phase.result} />}
      {phase.step === 'failed' && (
        <p className="error" role="alert">
          {t('importStopped', phase.message)}
        </p>
      )}
    </div>
  );
}
