import type { CompanySummary } from '@/lib/store/companies/company-summary';
import { STAGE_LABELS } from '@/lib/domain/labels';
import { stageCounts } from './CompanyCard';
import { routeHref } from '@/components/sidepanel/use-route';
import { plural, t } from '@/lib/domain/i18n';

/** The people tracked at a company by stage, meetings held, who led the user there, and research about it. */
export function CompanyPeople({ summary }: { summary: CompanySummary }) {
  const tracked = summary.people.filter((p) => p.kind === 'target');
  return (
    <>
      <h2>{plural('companiesTracked', tracked.length)}</h2>
      {tracked.length > 0 && <p className="small muted">{stageCounts(summary.byStage)}</p>}
      <ul className="plain stack small">
        {tracked.map((p) => (
          <li key={p.id}>
            <a href={routeHref({ view: 'person', personId: p.id })}>{p.name}</a>{' '}
            {p.stage && <span className="pill">{STAGE_LABELS[p.stage]}</span>}
          </li>
        ))}
      </ul>
      <p className="small">{plural('companiesMeetingsHeld', summary.meetingsHeld)}</p>
      {summary.leads.length > 0 && (
        <>
          <h2>{t('companiesLeadsTitle')}</h2>
          <ul className="plain stack small">
            {summary.leads.map((lead) => (
              <li key={`${lead.person.id}-${lead.how}-${lead.by}`}>
                {lead.how === 'referred'
                  ? t('companiesReferredBy', [lead.person.name, lead.by || t('referralsUnknownReferrer')])
                  : t('companiesIntroducedBy', [lead.person.name, lead.by])}
              </li>
            ))}
          </ul>
        </>
      )}
      {summary.clips.length > 0 && (
        <>
          <h2>{plural('companiesClips', summary.clips.length)}</h2>
          <ul className="plain stack small">
            {summary.clips.map((clip) => (
              <li key={clip.id}>
                <a href={routeHref({ view: 'research' })}>{clip.title}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
