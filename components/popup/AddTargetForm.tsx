import { useState } from 'react';
import { getDb } from '@/lib/store';
import type { ObjectiveKind, ProfileSnapshot } from '@/lib/domain/model';
import { t } from '@/lib/domain/i18n';
import { FormError } from '@/components/shared/FormError';
import { useAction } from '@/components/shared/use-action';
import { PERSON_LIMITS } from '@/lib/domain/model/limits';
import { ObjectiveKindSelect } from '@/components/shared/ObjectiveKindSelect';

/** Makes the viewed person a target, with what the user wants to learn. */
export function AddTargetForm({ snapshot }: { snapshot: ProfileSnapshot }) {
  const [kind, setKind] = useState<ObjectiveKind>('role');
  const [detail, setDetail] = useState('');
  const add = useAction(
    async () => {
      // Loaded on use: the write's validation stays out of the popup's first paint.
      const { addTarget } = await import('@/lib/store/use-cases/add-target');
      await addTarget(getDb(), { snapshot, objective: { kind, detail: detail.trim() } }, Date.now());
    },
    { failure: 'commonNotSaved' },
  );
  return (
    <form className="card row" onSubmit={add.submit} aria-label={t('popupAddTarget')}>
      <ObjectiveKindSelect label={t('popupObjective')} value={kind} onChange={(value) => setKind(value as ObjectiveKind)} />
      <label style={{ flex: 1 }}>
        <span className="label">{t('popupObjectiveDetail')}</span>
        <input
          value={detail}
          maxLength={PERSON_LIMITS.objectiveDetail}
          onChange={(e) => setDetail(e.target.value)}
          placeholder={t('objectiveDetailExample')}
        />
      </label>
      <button type="submit" className="primary" disabled={add.busy}>
        {t('popupAddTarget')}
      </button>
      <FormError error={add.error} />
    </form>
  );
}
