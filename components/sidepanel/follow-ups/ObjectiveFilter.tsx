import type { ObjectiveRecord } from '@/lib/domain/model';
import { t } from '@/lib/domain/i18n';

/** Which objective's people to show ('any', an objective id, or 'none'); nothing when there are no objectives. */
export function ObjectiveFilter({
  objectives,
  value,
  onChange,
}: {
  objectives: readonly ObjectiveRecord[] | undefined;
  value: string;
  onChange(value: string): void;
}) {
  if (!objectives || objectives.length === 0) return null;
  return (
    <label>
      <span className="label">{t('objectivesPick')}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="any">{t('objectivesAny')}</option>
        {objectives.map((o) => (
          <option key={o.id} value={o.id}>
            {o.title}
          </option>
        ))}
        <option value="none">{t('objectivesNone')}</option>
      </select>
    </label>
  );
}
