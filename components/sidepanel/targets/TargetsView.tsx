import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { getDb } from '@/lib/store';
import {
  companiesOf,
  loadTargetPeople,
  prepareTargets,
  selectTargets,
  type TargetSummary,
} from '@/lib/store/people/target-search';
import { addTarget } from '@/lib/store/use-cases/add-target';
import { listObjectives } from '@/lib/store/objectives/objective-list';
import { DEFAULT_TARGET_FILTERS, TargetFilters, type TargetFilterState } from './TargetFilters';
import { TARGET_ROW_HEIGHT, TargetRow } from './TargetRow';
import { RowBoundary } from '@/components/shared/RowBoundary';
import { navigate } from '@/components/sidepanel/use-route';
import { useListHeight } from '@/components/sidepanel/use-list-height';
import { VirtualList } from '@/components/sidepanel/VirtualList';
import { plural, t, type PluralBase } from '@/lib/domain/i18n';
import { FormError } from '@/components/shared/FormError';
import { useAction } from '@/components/shared/use-action';

const counted = (base: PluralBase, n: number) => plural(base, n, [n.toLocaleString()]);

/**
 * Every target (optionally the profiles merely viewed too), searchable,
 * filterable and sortable. People load once per change (live query) and are
 * filtered in memory; only the rows in view are rendered.
 */
export function TargetsView({ listHeight }: { listHeight?: number } = {}) {
  const [filters, setFilters] = useState<TargetFilterState>(DEFAULT_TARGET_FILTERS);
  const [status, setStatus] = useState('');
  const people = useLiveQuery(() => loadTargetPeople(getDb(), filters.includeCandidates), [filters.includeCandidates]);
  const prepared = useMemo(() => prepareTargets(people ?? []), [people]);
  const companies = useMemo(() => companiesOf(prepared), [prepared]);
  const objectives = useLiveQuery(() => listObjectives(getDb()), []);
  const shown = useMemo(() => selectTargets(prepared, filters), [prepared, filters]);
  const { height, ref } = useListHeight(listHeight);
  const [now] = useState(() => Date.now());

  const promoting = useAction(
    async (target: TargetSummary) => {
      await addTarget(getDb(), { personId: target.id }, Date.now());
      return target;
    },
    {
      failure: (error, target) => t('targetsPromoteFailed', [target.name, error]),
      onDone: (target) => setStatus(t('targetsPromoted', target.name)),
    },
  );
  const promote = (target: TargetSummary) => void promoting.run(target);

  const what: PluralBase = filters.includeCandidates ? 'targetsPeopleCount' : 'targetsCount';
  return (
    <section aria-labelledby="targets-heading" className="targets-view">
      <h1 id="targets-heading">{t('targetsTitle')}</h1>
      <TargetFilters
        value={filters}
        companies={companies}
        objectives={objectives}
        onChange={(change) => setFilters((f) => ({ ...f, ...change }))}
      />
      <p role="status" className="small muted">
        {people === undefined
          ? t('commonLoading')
          : shown.length === prepared.length
            ? counted(what, prepared.length)
            : t('targetsShowing', [shown.length.toLocaleString(), counted(what, prepared.length)])}
        {status && ` ${status}`}
      </p>
      <FormError error={promoting.error} />
      {people !== undefined && prepared.length === 0 && (
        <p className="muted">{t('targetsEmpty', t('popupAddTarget'))}</p>
      )}
      {people !== undefined && prepared.length > 0 && shown.length === 0 && (
        <p className="muted">{t('targetsNoMatch')}</p>
      )}
      <div ref={ref}>
        {shown.length > 0 && (
          <VirtualList
            items={shown}
            rowHeight={TARGET_ROW_HEIGHT}
            height={height}
            label={filters.includeCandidates ? t('targetsListWithViewed') : t('targetsTitle')}
            keyOf={(t) => t.id}
            onOpen={(t) => navigate({ view: 'person', personId: t.id })}
            renderRow={(t) => (
              <RowBoundary as="div">
                <TargetRow target={t} now={now} onPromote={promote} />
              </RowBoundary>
            )}
            testId="target-list"
          />
        )}
      </div>
    </section>
  );
}
