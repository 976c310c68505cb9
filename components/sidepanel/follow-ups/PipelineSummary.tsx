import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/store';
import { pipelineCounts } from '@/lib/store/people/pipeline';
import { STAGES } from '@/lib/domain/model/constants';
import { STAGE_LABELS } from '@/lib/domain/labels';
import { t } from '@/lib/domain/i18n';

/**
 * How many targets stand at each stage (counted on the index, never loaded),
 * once `ready`: the caller's first rows come before these counts.
 */
export function PipelineSummary({ ready = true }: { ready?: boolean }) {
  const counts = useLiveQuery(() => (ready ? pipelineCounts(getDb()) : undefined), [ready]);
  if (!counts) return null;
  const total = STAGES.reduce((sum, stage) => sum + counts[stage], 0);
  return (
    <section aria-labelledby="pipeline-heading" className="card small">
      <h2 id="pipeline-heading" className="visually-hidden">
        {t('pipelineTitle')}
      </h2>
      {total === 0 ? (
        <p className="muted">{t('pipelineEmpty')}</p>
      ) : (
        <ul className="plain row" data-testid="pipeline-summary">
          {STAGES.map((stage) => (
            <li key={stage} className="pill">
              {STAGE_LABELS[stage]}: <strong>{counts[stage]}</strong>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
