import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { getDb } from '@/lib/store';
import {
  personIdOf,
  personIdsByUrl,
  prepareConnections,
  selectConnections,
  type ConnectionSummary,
} from '@/lib/store/directory/connection-list';
import { forgetConnections, loadConnections } from '@/lib/store/directory/connections';
import { CONNECTION_ROW_HEIGHT, ConnectionRow } from './ConnectionRow';
import { navigate, routeHref } from '@/components/sidepanel/use-route';
import { useListHeight } from '@/components/sidepanel/use-list-height';
import { VirtualList } from '@/components/sidepanel/VirtualList';
import { plural, t } from '@/lib/domain/i18n';
import { FormError } from '@/components/shared/FormError';
import { useAction } from '@/components/shared/use-action';

const counted = (n: number) => plural('connectionsCount', n, [n.toLocaleString()]);

/**
 * The user's LinkedIn connections (the contact directory from Connections.csv),
 * searchable, in name order. The directory loads once per change of the
 * directory (its own live query; people writes re-read only the profile-URL
 * index) and is searched in memory; only the rows in view are rendered.
 */
export function ConnectionsView({ listHeight }: { listHeight?: number } = {}) {
  const [search, setSearch] = useState('');
  const directory = useLiveQuery(() => loadConnections(getDb()), []);
  const people = useLiveQuery(() => personIdsByUrl(getDb()), []);
  // Rows wait for both, so a connection already a person never flashes "Add as target".
  const loaded = directory !== undefined && people !== undefined;
  const prepared = useMemo(() => (directory ? prepareConnections(directory) : []), [directory]);
  const shown = useMemo(() => selectConnections(prepared, search), [prepared, search]);
  const { height, ref } = useListHeight(listHeight);

  const add = useAction(
    async (item: ConnectionSummary) => {
      // Loaded on use: it brings zod (validation) along.
      const { addTarget } = await import('@/lib/store/use-cases/add-target');
      return addTarget(getDb(), { connection: item.connection }, Date.now());
    },
    {
      failure: (error, item) => t('targetsPromoteFailed', [item.connection.name, error]),
      onDone: (person) => navigate({ view: 'person', personId: person.id }),
    },
  );
  const forget = useAction(() => forgetConnections(getDb(), Date.now()), { failure: 'connectionsForgetFailed' });
  const confirmForget = () =>
    window.confirm(t('connectionsForgetConfirm', prepared.length.toLocaleString())) && void forget.run();

  return (
    <section aria-labelledby="connections-heading" className="targets-view">
      <h1 id="connections-heading">{t('connectionsTitle')}</h1>
      {prepared.length > 0 && (
        <label>
          <span className="label">{t('connectionsSearch')}</span>
          <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} style={{ width: '100%' }} />
        </label>
      )}
      <p role="status" className="small muted">
        {!loaded
          ? t('commonLoading')
          : shown.length === prepared.length
            ? counted(prepared.length)
            : t('connectionsShowing', [shown.length.toLocaleString(), counted(prepared.length)])}
      </p>
      <FormError error={add.error || forget.error} />
      {loaded && prepared.length === 0 && (
        <p className="muted">
          {t('connectionsEmpty')} <a href={routeHref({ view: 'data' })}>{t('connectionsEmptyLink')}</a>
        </p>
      )}
      {prepared.length > 0 && shown.length === 0 && <p className="muted">{t('connectionsNoMatch')}</p>}
      <div ref={ref}>
        {loaded && shown.length > 0 && (
          <VirtualList
            items={shown}
            rowHeight={CONNECTION_ROW_HEIGHT}
            height={height}
            label={t('connectionsTitle')}
            keyOf={(c) => c.key}
            onOpen={(c) => {
              const personId = personIdOf(c, people);
              if (personId !== undefined) navigate({ view: 'person', personId });
            }}
            renderRow={(c) => (
              <ConnectionRow
                item={c}
                personId={personIdOf(c, people)}
                busy={add.busy}
                onAdd={(item) => void add.run(item)}
              />
            )}
            testId="connection-list"
          />
        )}
      </div>
      {loaded && prepared.length > 0 && (
        <p>
          <button type="button" className="link small" disabled={forget.busy} onClick={confirmForget}>
            {t('connectionsForget')}
          </button>
        </p>
      )}
    </section>
  );
}
