import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getDb } from '@/lib/store';
import { listObjectives } from '@/lib/store/objectives/objective-list';
import { trackedByUrl } from '@/lib/store/use-cases/add-visible-targets';
import type { VisiblePerson } from '@/lib/domain/people-list';
import { DEGREE_LABELS, STAGE_LABELS } from '@/lib/domain/labels';
import { ObjectiveForm } from '@/components/sidepanel/objectives/ObjectiveForm';
import { FormError } from '@/components/shared/FormError';
import { useAction } from '@/components/shared/use-action';
import { plural, t } from '@/lib/domain/i18n';
import { ObjectiveSelect } from '@/components/sidepanel/ObjectiveSelect';

/** The people a LinkedIn page shows, with checkboxes to add several as targets under one objective. */
export function VisiblePeopleList({ people }: { people: VisiblePerson[] }) {
  const db = getDb();
  const tracked = useLiveQuery(() => trackedByUrl(db, people.map((p) => p.profileUrl)), [db, people]);
  const objectives = useLiveQuery(() => listObjectives(db), [db]);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [objectiveId, setObjectiveId] = useState('');
  const [status, setStatus] = useState('');
  const isTarget = (p: VisiblePerson) => tracked?.get(p.profileUrl)?.kind === 'target';
  const toggle = (url: string, on: boolean) =>
    setChosen((set) => {
      const next = new Set(set);
      if (on) next.add(url);
      else next.delete(url);
      return next;
    });
  const add = useAction(
    async () => {
      const { addVisibleTargets } = await import('@/lib/store/use-cases/add-visible-targets');
      return addVisibleTargets(db, people.filter((p) => chosen.has(p.profileUrl)), objectiveId || undefined, Date.now());
    },
    {
      failure: 'commonNotSaved',
      onDone: (added) => {
        setChosen(new Set());
        const title = objectives?.find((o) => o.id === objectiveId)?.title;
        setStatus(title ? plural('thisPageAddedTo', added.length, [added.length, title]) : plural('thisPageAdded', added.length));
      },
    },
  );
  const open = (objectives ?? []).filter((o) => !o.archived);
  return (
    <>
    <form className="stack" onSubmit={add.submit} aria-label={t('thisPageAddTitle')}>
      <ul className="plain stack" aria-label={t('thisPagePeople')}>
        {people.map((p) => {
          const stored = tracked?.get(p.profileUrl);
          const facts = [DEGREE_LABELS[p.degree], p.mutualCount ? plural('popupMutuals', p.mutualCount) : ''].filter(Boolean);
          return (
            <li key={p.profileUrl} className="card" data-testid="visible-person">
              <label className="check">
                <input
                  type="checkbox"
                  disabled={isTarget(p)}
                  checked={chosen.has(p.profileUrl)}
                  onChange={(e) => toggle(p.profileUrl, e.target.checked)}
                />
                <span className="stack">
                  <strong>{p.name}</strong>
                  {p.headline && <span className="small">{p.headline}</span>}
                  <span className="small muted">{facts.join(' · ')}</span>
                  {stored && (
                    <span className="pill">
                      {stored.kind === 'target'
                        ? t('thisPageAlreadyTarget', STAGE_LABELS[stored.stage ?? 'to-contact'])
                        : t('thisPageViewedBefore')}
                    </span>
                  )}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      <div className="row">
        <ObjectiveSelect objectives={open} value={objectiveId} onChange={setObjectiveId} />
        <button type="submit" className="primary" disabled={add.busy || chosen.size === 0}>
          {plural('thisPageAddChosen', chosen.size)}
        </button>
      </div>
      <p className="ok small" role="status">
        {status}
      </p>
      <FormError error={add.error} />
    </form>
    <details>
      <summary className="small">{t('objectivesNew')}</summary>
      <ObjectiveForm onCreated={(objective) => setObjectiveId(objective.id)} />
    </details>
    </>
  );
}
