import { useState } from 'react';
import { getDb } from '@/lib/store';
import type { ObjectiveKind, ObjectiveRecord } from '@/lib/domain/model';
import { COMPANY_LIMITS } from '@/lib/domain/model/limits';
import { FormError } from '@/components/shared/FormError';
import { useAction } from '@/components/shared/use-action';
import { t } from '@/lib/domain/i18n';
import { ObjectiveKindSelect } from '@/components/shared/ObjectiveKindSelect';

/** A new objective: what to learn (an industry, a company, a role), in a few words, and how many people to start with. */
export function ObjectiveForm({ onCreated }: { onCreated?(objective: ObjectiveRecord): void }) {
  const [kind, setKind] = useState<ObjectiveKind>('role');
  const [title, setTitle] = useState('');
  // As typed: a field the user clears stays empty while they type the new number.
  const [goal, setGoal] = useState('5');
  const create = useAction(
    async () => {
      const { createObjective } = await import('@/lib/store/objectives/objectives');
      return createObjective(getDb(), { kind, title, goal: Number(goal) || 5 }, Date.now());
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
      <ObjectiveKindSelect label={t('objectivesKind')} value={kind} onChange={(value) => setKind(value as ObjectiveKind)} />
      <label style={{ flex: 1 }}>
        <span className="label">{t('objectivesTitleLabel')}</span>
        <input
          value={title}
          required
          maxLength={COMPANY_LIMITS.objectiveTitle}
          onChange={(e) => setTitle(e.target.value)}
          placeholder={t('objectiveDetailExample')}
          style={{ width: '100%' }}
        />
      </label>
      <label>
        <span className="label">{t('objectivesGoal')}</span>
        <input type="number" min={1} max={100} required value={goal} onChange={(e) => setGoal(e.target.value)} />
      </label>
      <button type="submit" className="primary" disabled={create.busy}>
        {t('objectivesCreate')}
      </button>
      <FormError error={create.error} />
    </form>
  );
}
