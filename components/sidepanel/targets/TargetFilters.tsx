import type { TargetQuery, TargetSort } from '@/lib/store/people/target-search';
import type { Degree, ObjectiveKind, ObjectiveRecord, Stage } from '@/lib/domain/model';
import { DEGREES, STAGES } from '@/lib/domain/model/constants';
import { STAGE_LABELS } from '@/lib/domain/labels';
import { DEGREE_LABELS } from '@/lib/domain/labels';
import { OBJECTIVE_LABELS } from '@/lib/domain/labels';
import { labels, t } from '@/lib/domain/i18n';
import { ObjectiveSelect } from '@/components/sidepanel/ObjectiveSelect';

export interface TargetFilterState extends Required<Omit<TargetQuery, 'stage' | 'degree' | 'objective'>> {
  stage: Stage | 'any';
  degree: Degree | 'any';
  objective: ObjectiveKind | 'none' | 'any';
  includeCandidates: boolean;
}

export const DEFAULT_TARGET_FILTERS: TargetFilterState = {
  search: '',
  stage: 'any',
  degree: 'any',
  company: '',
  objective: 'any',
  objectiveId: 'any',
  sort: 'name',
  includeCandidates: false,
};

const SORT_LABELS = labels<TargetSort>({
  name: 'targetsSortName',
  'next-action': 'targetsSortNextAction',
  updated: 'targetsSortUpdated',
  stage: 'targetsSortStage',
});

interface Props {
  value: TargetFilterState;
  onChange: (change: Partial<TargetFilterState>) => void;
  companies: string[];
  /** The user's objectives (a list filter appears when there are any). */
  objectives?: readonly ObjectiveRecord[];
}

/** Search box, filters (stage, degree, company, objective), sort, and the candidates toggle. */
export function TargetFilters({ value, onChange, companies, objectives = [] }: Props) {
  return (
    <div className="target-filters stack" role="search" aria-label={t('targetsFind')}>
      <label>
        <span className="label">{t('targetsSearch')}</span>
        <input
          type="search"
          value={value.search}
          onChange={(e) => onChange({ search: e.target.value })}
          style={{ width: '100%' }}
        />
      </label>
      <div className="row">
        <label>
          <span className="label">{t('targetsFilterStage')}</span>
          <select value={value.stage} onChange={(e) => onChange({ stage: e.target.value as Stage | 'any' })}>
            <option value="any">{t('targetsAnyStage')}</option>
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {STAGE_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="label">{t('targetsFilterDegree')}</span>
          <select value={value.degree} onChange={(e) => onChange({ degree: e.target.value as Degree | 'any' })}>
            <option value="any">{t('targetsAnyDegree')}</option>
            {DEGREES.filter((d) => d !== 'self').map((d) => (
              <option key={d} value={d}>
                {DEGREE_LABELS[d]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="label">{t('targetsFilterObjective')}</span>
          <select
            value={value.objective}
            onChange={(e) => onChange({ objective: e.target.value as TargetFilterState['objective'] })}
          >
            <option value="any">{t('targetsAnyObjective')}</option>
            {(Object.keys(OBJECTIVE_LABELS) as ObjectiveKind[]).map((k) => (
              <option key={k} value={k}>
                {OBJECTIVE_LABELS[k]}
              </option>
            ))}
            <option value="none">{t('targetsNoObjective')}</option>
          </select>
        </label>
        {objectives.length > 0 && (
          <ObjectiveSelect objectives={objectives} value={value.objectiveId} onChange={(objectiveId) => onChange({ objectiveId })} filter />
        )}
        <label>
          <span className="label">{t('targetsFilterCompany')}</span>
          <input
            value={value.company}
            list="target-companies"
            size={14}
            onChange={(e) => onChange({ company: e.target.value })}
          />
          <datalist id="target-companies">
            {companies.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
        </label>
        <label>
          <span className="label">{t('targetsSortBy')}</span>
          <select value={value.sort} onChange={(e) => onChange({ sort: e.target.value as TargetSort })}>
            {(Object.keys(SORT_LABELS) as TargetSort[]).map((k) => (
              <option key={k} value={k}>
                {SORT_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="row">
        <input
          type="checkbox"
          checked={value.includeCandidates}
          onChange={(e) => onChange({ includeCandidates: e.target.checked })}
        />
        <span>{t('targetsIncludeViewed')}</span>
      </label>
    </div>
  );
}
