import { useState } from 'react';
import { getDb } from '@/lib/store';
import type { ObjectiveKind, ProfileSnapshot } from '@/lib/domain/model';
import { labels, t } from '@/lib/domain/i18n';

export const OBJECTIVE_LABELS = labels<ObjectiveKind>({
  role: 'objectiveRole',
  company: 'objectiveCompany',
  industry: 'objectiveIndustry',
});

/** Makes the viewed person a target, with what the user wants to learn. */
export function AddTargetForm({ snapshot }: { snapshot: ProfileSnapshot }) {
  const [kind, setKind] = useState<ObjectiveKind>('role');
  const [detail, setDetail] = useState('');
  const [error, setError] = useState('');
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    try {
      const { addTarget } = await import('@/lib/store/people/targets');
      await addTarget(getDb(), { snapshot, objective: { kind, detail: detail.trim() } }, Date.now());
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <form className="card row" onSubmit={submit} aria-label={t('popupAddTarget')}>
      <label>
        <span className="label">{t('popupObjective')}</span>
        <select value={kind} onChange={(e) => setKind(e.target.value as ObjectiveKind)}>
          {Object.entries(OBJECTIVE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label style={{ flex: 1 }}>
        <span className="label">{t('popupObjectiveDetail')}</span>
        <input value={detail} onChange={(e) => setDetail(e.target.value)} placeholder={t('objectiveDetailExample')} />
      </label>
      <button type="submit" className="primary">
        {t('popupAddTarget')}
      </button>
      {error && (
        <p className="error small" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
