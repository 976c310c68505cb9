import type { CompanySummary } from '@/lib/store/companies/company-summary';
import type { ObjectiveRecord, Stage } from '@/lib/domain/model';
import { STAGES } from '@/lib/domain/model/constants';
import { nextMoveText } from '@/lib/domain/companies/next-move-text';
import { COMPANY_STATUS_LABELS } from './company-labels';
import { STAGE_LABELS } from '@/lib/domain/labels';
import { routeHref } from '@/components/sidepanel/use-route';
import { plural, t } from '@/lib/domain/i18n';

/** "1 requested · 2 met": the people tracked there, in the method's order. */
export function stageCounts(byStage: Partial<Record<Stage, number>>): string {
  return STAGES.flatMap((stage) => (byStage[stage] ? [t('companiesStageCount', [byStage[stage]!, STAGE_LABELS[stage]])] : [])).join(
    ' · ',
  );
}

/** One target company: what the user has there, and the next best move. */
export function CompanyCard({ summary, objective }: { summary: CompanySummary; objective?: ObjectiveRecord }) {
  const tracked = summary.people.filter((p) => p.kind === 'target').length;
  const facts = [
    plural('companiesConnections', summary.connections.length, [summary.connections.length.toLocaleString()]),
    plural('companiesTracked', tracked),
    plural('companiesMeetingsHeld', summary.meetingsHeld),
    plural('companiesLeads', summary.leads.length),
    plural('companiesClips', summary.clips.length),
  ];
  const stages = stageCounts(summary.byStage);
  return (
    <li className="card stack" data-testid="company-card">
      <div className="spread">
        <a href={routeHref({ view: 'company', companyKey: summary.key })} className="referral-name">
          {summary.name}
        </a>
        {summary.company && <span className="pill">{COMPANY_STATUS_LABELS[summary.company.status]}</span>}
      </div>
      {objective && <p className="small muted">{t('companiesObjectiveLine', objective.title)}</p>}
      <p className="small" data-testid="company-facts">
        {facts.join(' · ')}
      </p>
      {stages && <p className="small muted">{stages}</p>}
      <p data-testid="company-move">{nextMoveText(summary.move, summary.name, objective?.title)}</p>
    </li>
  );
}
