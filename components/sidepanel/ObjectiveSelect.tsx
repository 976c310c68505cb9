import type { ObjectiveRecord } from '@/lib/domain/model';
import { t } from '@/lib/domain/i18n';

/**
 * The objective picker every side-panel form and filter shows: "No objective"
 * first (value ''), or, as a filter, "Any objective" first ('any') and "No
 * objective" last ('none').
 */
export function ObjectiveSelect({
  objectives,
  value,
  onChange,
  filter = false,
  disabled,
}: {
  objectives: readonly Pick<ObjectiveRecord, 'id' | 'title'>[];
  value: string;
  onChange(id: string): void;
  filter?: boolean;
  disabled?: boolean;
}) {
  return (
    <label>
      <span className="label">{t('objectivesPick')}</span>
      <select value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
        <option value={filter ? 'any' : ''}>{t(filter ? 'objectivesAny' : 'objectivesNone')}</option>
        {objectives.map((o) => (
          <option key={o.id} value={o.id}>
            {o.title}
          </option>
        ))}
        {filter && <option value="none">{t('objectivesNone')}</option>}
      </select>
    </label>
  );
}
