import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/store';
import { loadTargetCompanies } from '@/lib/store/companies/company-summary';
import { listObjectives } from '@/lib/store/objectives/objective-list';
import { CompanyCard } from './CompanyCard';
import { AddCompanyForm } from './AddCompanyForm';
import { WhoDoIKnow } from './WhoDoIKnow';
import { useShownMark } from '@/components/shared/use-shown-mark';
import { t } from '@/lib/domain/i18n';

/**
 * The method starts with a target list, companies first: each target company
 * with what the user has there and the next best move, and "who do I know
 * at …" over every imported connection.
 */
export function CompaniesView() {
  const db = getDb();
  const companies = useLiveQuery(() => loadTargetCompanies(db), [db]);
  const objectives = useLiveQuery(() => listObjectives(db), [db]);
  useShownMark('inroads:companies-shown', companies !== undefined);
  const objectiveOf = (id: string | undefined) => objectives?.find((o) => o.id === id);
  return (
    <section aria-labelledby="companies-heading" className="stack">
      <h1 id="companies-heading">{t('companiesTitle')}</h1>
      <p className="small muted">{t('companiesIntro')}</p>
      <WhoDoIKnow />
      <h2>{t('companiesTargets')}</h2>
      {companies === undefined ? (
        <p aria-busy="true">{t('commonLoading')}</p>
      ) : companies.length === 0 ? (
        <p className="muted">{t('companiesEmpty')}</p>
      ) : (
        <ul className="plain" aria-label={t('companiesTargets')}>
          {companies.map((summary) => (
            <CompanyCard key={summary.key} summary={summary} objective={objectiveOf(summary.company?.objectiveId)} />
          ))}
        </ul>
      )}
      <AddCompanyForm objectives={objectives ?? []} />
    </section>
  );
}
