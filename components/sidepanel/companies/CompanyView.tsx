import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/store';
import { loadCompany } from '@/lib/store/companies/company-summary';
import { listObjectives } from '@/lib/store/objectives/objective-list';
import { hasMet, isFirstDegree } from '@/lib/store/people/known-people';
import { nextMoveText } from '@/lib/domain/companies/next-move-text';
import { CompanyDetails } from './CompanyDetails';
import { CompanyPeople } from './CompanyPeople';
import { KnownAtList } from './KnownAtList';
import { routeHref } from '@/components/sidepanel/use-route';
import { FormError } from '@/components/shared/FormError';
import { useAction } from '@/components/shared/use-action';
import { plural, t } from '@/lib/domain/i18n';

/** One company: everyone the user has there, the next best move, and (for a target company) its details. */
export function CompanyView({ companyKey }: { companyKey: string }) {
  const db = getDb();
  const summary = useLiveQuery(() => loadCompany(db, companyKey), [db, companyKey]);
  const objectives = useLiveQuery(() => listObjectives(db), [db]);
  const add = useAction(
    async (name: string) => {
      const { saveCompany } = await import('@/lib/store/companies/companies');
      return saveCompany(db, { name }, Date.now());
    },
    { failure: 'commonNotSaved' },
  );
  if (summary === undefined || objectives === undefined) return <p aria-busy="true">{t('commonLoading')}</p>;
  if (summary === null) return <p>{t('companiesNotFound')}</p>;
  const objective = objectives.find((o) => o.id === summary.company?.objectiveId);
  const known = summary.people.filter((p) => isFirstDegree(p) || hasMet(p));
  return (
    <section aria-labelledby="company-heading" className="stack">
      <p className="small">
        <a href={routeHref({ view: 'companies' })}>{t('companiesBack')}</a>
      </p>
      <h1 id="company-heading">{summary.name}</h1>
      {summary.company ? (
        <CompanyDetails key={summary.company.key} company={summary.company} objectives={objectives} />
      ) : (
        <p>
          <button type="button" className="primary" disabled={add.busy} onClick={() => void add.run(summary.name)}>
            {t('companiesAddNamed', summary.name)}
          </button>
        </p>
      )}
      <FormError error={add.error} />
      <p className="card" data-testid="company-move">
        {nextMoveText(summary.move, summary.name, objective?.title)}
      </p>
      <h2>{plural('companiesConnections', summary.connections.length, [summary.connections.length.toLocaleString()])}</h2>
      <p className="small muted">{t('companiesCurrentEmployerOnly')}</p>
      <KnownAtList connections={summary.connections} people={known} />
      <CompanyPeople summary={summary} />
    </section>
  );
}
