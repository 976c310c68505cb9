import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useState } from 'react';
import { getDb } from '@/lib/store';
import { companySuggestions, knownCompanyKeys, whoDoIKnowAt } from '@/lib/store/companies/who-do-i-know';
import { KnownAtList } from './KnownAtList';
import { routeHref } from '@/components/sidepanel/use-route';
import { FormError } from '@/components/shared/FormError';
import { useAction } from '@/components/shared/use-action';
import { plural, t } from '@/lib/domain/i18n';

/** "Who do I know at …": every imported connection and known person at a company, by its key. */
export function WhoDoIKnow() {
  const [search, setSearch] = useState('');
  const typed = useDeferredValue(search.trim());
  const db = getDb();
  const known = useLiveQuery(() => (typed ? whoDoIKnowAt(db, typed) : undefined), [db, typed]);
  // The company index's keys are read once the user starts typing (not at first paint).
  const keys = useLiveQuery(() => (typed ? knownCompanyKeys(db) : undefined), [db, typed !== '']);
  const suggestions = useLiveQuery(
    () => (keys && typed ? companySuggestions(db, keys, typed) : []),
    [db, keys, typed],
  );
  const add = useAction(
    async (name: string) => {
      const { saveCompany } = await import('@/lib/store/companies/companies');
      return saveCompany(db, { name }, Date.now());
    },
    { failure: 'commonNotSaved' },
  );
  const count = known ? known.connections.length + known.people.length : 0;
  return (
    <section className="card stack" aria-labelledby="who-heading">
      <h2 id="who-heading">{t('companiesWhoTitle')}</h2>
      <label>
        <span className="label">{t('companiesWhoLabel')}</span>
        <input type="search" value={search} maxLength={300} onChange={(e) => setSearch(e.target.value)} style={{ width: '100%' }} />
      </label>
      <p className="small muted">{t('companiesCurrentEmployerOnly')}</p>
      {known && (
        <div className="stack" role="status" data-testid="who-result">
          <p>
            <strong>
              {count > 0 ? plural('companiesKnowCount', count, [count.toLocaleString(), known.name]) : t('companiesKnowNobody', known.name)}
            </strong>{' '}
            {known.company ? (
              <a href={routeHref({ view: 'company', companyKey: known.key })}>{t('companiesOpen')}</a>
            ) : (
              <button type="button" className="link" disabled={add.busy} onClick={() => void add.run(known.name)}>
                {t('companiesAddNamed', known.name)}
              </button>
            )}
          </p>
          <KnownAtList connections={known.connections} people={known.people} />
        </div>
      )}
      {suggestions && suggestions.length > 0 && (
        <p className="row small">
          <span className="muted">{t('companiesAlsoMatching')}</span>
          {suggestions.map((s) => (
            <button key={s.key} type="button" className="link" onClick={() => setSearch(s.name)}>
              {plural('companiesSuggestion', s.count, [s.name, s.count])}
            </button>
          ))}
        </p>
      )}
      <FormError error={add.error} />
    </section>
  );
}
