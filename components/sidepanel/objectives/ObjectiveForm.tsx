import { useState } from 'react';
import { getDb } from '@/lib/store';
import type { ObjectiveKind, ObjectiveRecord } from '@/lib/domain/model';
import { OBJECTIVE_LABELS } from '@/lib/domain/labels';
import { FormError } from '@/components/shared/FormError';
import { useAction } from '@/components/shared/use-action';
import { t } from '@/lib/domain/i18n';

/** A new objective: what to learn (an industry, a company, a role), in a few words, and how many people to start with. */
export function ObjectiveForm({ onCreated }: { onCreated?(objective: ObjectiveRecord): void }) {
  const [kind, setKind] = useState<ObjectiveKind>('role');
  const [title, setTitle] = useState('');
  const [goal, setGoal] = useState(5);
  const create = useAction(
    async () => {
      const { createObjective } = await import('@/lib/store/objectives/objectives');
      return createObjective(getDb(), { kind, title, goal }, Date.now());
    },
    {
      failure: 'commonNotSaved',
      onDone: (objective) => {
        setTitle('');
        onCreated?.(objective);
      },
    },
  );
  return (
    <form className="card row" onSubmit={create.submit} aria-label={t('objectivesNew')}>
      <label>
        <span className="label">{t('objectivesKind')}</span>
        <select value={kind} onChange={(e) => setKind(e.target.value as ObjectiveKind)}>
          {Object.entries(OBJECTIVE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label style={{ flex: 1 }}>
        <span className="label">{t('objectivesTitleLabel')}</span>
        <input
          value={title}
          required
          maxLength={200}
          onChange={(e) => setTitle(e.target.value)}
          placeholder={t('objectiveDetailExample')}
          style={{ width: '100%' }}
        />
      </label>
      <label>
        <span className="label">{t('objectivesGoal')}</span>
        <input type="number" min={1} max={100} value={goal} onChange={(e) => setGoal(Number(e.target.value) || 5)} />
      </label>
      <button type="submit" className="primary" disabled={create.busy}>
        {t('objectivesCreate')}
      </button>
      <FormError error={create.error} />
    </form>
  );
}
