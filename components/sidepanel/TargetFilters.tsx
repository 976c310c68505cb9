import type { TargetQuery, TargetSort } from '../../lib/db/target-search';
import type { Degree, ObjectiveKind, Stage } from '../../lib/model';
import { DEGREES, STAGES } from '../../lib/model/constants';
import { STAGE_LABELS } from '../../lib/outreach/labels';
import { DEGREE_LABELS } from '../labels';
import { OBJECTIVE_LABELS } from '../popup/AddTargetForm';

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
  sort: 'name',
  includeCandidates: false,
};

const SORT_LABELS: Record<TargetSort, string> = {
  name: 'Name',
  'next-action': 'Next action date',
  updated: 'Last updated',
  stage: 'Stage',
};

interface Props {
  value: TargetFilterState;
  onChange: (change: Partial<TargetFilterState>) => void;
  companies: string[];
}

/** Search box, filters (stage, degree, company, objective), sort, and the candidates toggle. */
export function TargetFilters({ value, onChange, companies }: Props) {
  return (
    <div className="target-filters stack" role="search" aria-label="Find targets">
      <label>
        <span className="label">Search name, company or headline</span>
        <input
          type="search"
          value={value.search}
          onChange={(e) => onChange({ search: e.target.value })}
          style={{ width: '100%' }}
        />
      </label>
      <div className="row">
        <label>
          <span className="label">Stage</span>
          <select value={value.stage} onChange={(e) => onChange({ stage: e.target.value as Stage | 'any' })}>
            <option value="any">Any stage</option>
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {STAGE_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="label">Degree</span>
          <select value={value.degree} onChange={(e) => onChange({ degree: e.target.value as Degree | 'any' })}>
            <option value="any">Any degree</option>
            {DEGREES.filter((d) => d !== 'self').map((d) => (
              <option key={d} value={d}>
                {DEGREE_LABELS[d]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="label">Objective</span>
          <select
            value={value.objective}
            onChange={(e) => onChange({ objective: e.target.value as TargetFilterState['objective'] })}
          >
            <option value="any">Any objective</option>
            {(Object.keys(OBJECTIVE_LABELS) as ObjectiveKind[]).map((k) => (
              <option key={k} value={k}>
                {OBJECTIVE_LABELS[k]}
              </option>
            ))}
            <option value="none">No objective yet</option>
          </select>
        </label>
        <label>
          <span className="label">Company</span>
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
          <span className="label">Sort by</span>
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
        <span>Include profiles you only viewed (candidates)</span>
      </label>
    </div>
  );
}
