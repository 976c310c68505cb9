import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/store';
import { listObjectives } from '@/lib/store/objectives/objective-list';
import { objectiveProgress, overallProgress } from '@/lib/store/objectives/progress';
import { ProgressCard } from './ProgressCard';
import { ObjectiveForm } from './ObjectiveForm';
import { useAction } from '@/components/shared/use-action';
import { FormError } from '@/components/shared/FormError';
import { OBJECTIVE_LABELS } from '@/lib/domain/labels';
import { t } from '@/lib/domain/i18n';

/** Objectives with their lists, and progress: per objective and overall. */
export function ObjectivesView() {
  const db = getDb();
  // Counted as of each re-read (a request just sent counts at once, in "the last 7 days").
  const objectives = useLiveQuery(
    async () => {
      const now = Date.now();
      const all = await listObjectives(db);
      return Promise.all(all.map(async (objective) => ({ objective, progress: await objectiveProgress(db, objective, now) })));
    },
    [db],
  );
  const overall = useLiveQuery(() => overallProgress(db, Date.now()), [db]);
  const archive = useAction(
    async (id: string, archived: boolean) => {
      const { updateObjective } = await import('@/lib/store/objectives/objectives');
      await updateObjective(db, id, { archived }, Date.now());
    },
    { failure: 'commonNotSaved' },
  );
  return (
    <section aria-labelledby="objectives-heading" className="stack">
      <h1 id="objectives-heading">{t('objectivesTitle')}</h1>
      <p className="small muted">{t('objectivesIntro')}</p>
      <FormError error={archive.error} />
      {objectives === undefined ? (
        <p aria-busy="true">{t('commonLoading')}</p>
      ) : objectives.length === 0 ? (
        <p className="muted">{t('objectivesEmpty')}</p>
      ) : (
        <ul className="plain">
          {objectives.map(({ objective, progress }) => (
            <li key={objective.id} className="card stack" data-testid="objective-card">
              <div className="spread">
                <h2 style={{ margin: 0 }}>{objective.title}</h2>
                <span className="pill">{OBJECTIVE_LABELS[objective.kind]}</span>
              </div>
              {objective.archived && <p className="small muted">{t('objectivesArchived')}</p>}
              <ProgressCard progress={progress} />
              <p className="small">
                <button type="button" className="link" onClick={() => void archive.run(objective.id, !objective.archived)}>
                  {objective.archived ? t('objectivesReopen') : t('objectivesArchive')}
                </button>
              </p>
            </li>
          ))}
        </ul>
      )}
      <ObjectiveForm />
      <h2>{t('objectivesOverall')}</h2>
      {overall ? <ProgressCard progress={overall} /> : <p aria-busy="true">{t('commonLoading')}</p>}
    </section>
  );
}
