import { useState } from 'react';
import { getDb } from '@/lib/store';
import type { Company, CompanyStatus, ObjectiveRecord } from '@/lib/domain/model';
import type { CompanyChange } from '@/lib/store/companies/companies';
import { COMPANY_STATUSES } from '@/lib/domain/model/constants';
import { COMPANY_STATUS_LABELS } from './company-labels';
import { navigate } from '@/components/sidepanel/use-route';
import { FormError } from '@/components/shared/FormError';
import { useAction } from '@/components/shared/use-action';
import { t } from '@/lib/domain/i18n';

/** A target company's status, objective and notes; another spelling merged into it; or forgotten. */
export function CompanyDetails({ company, objectives }: { company: Company; objectives: readonly ObjectiveRecord[] }) {
  const [notes, setNotes] = useState(company.notes);
  const [other, setOther] = useState('');
  const [status, setStatus] = useState('');
  const save = useAction(
    async (work: () => Promise<unknown>, done: string) => {
      await work();
      return done;
    },
    { failure: 'commonNotSaved', onDone: setStatus },
  );
  const change = async (patch: CompanyChange) => {
    const { updateCompany } = await import('@/lib/store/companies/companies');
    await updateCompany(getDb(), company.key, patch, Date.now());
  };
  const merge = async () => {
    const { mergeCompany } = await import('@/lib/store/companies/companies');
    await mergeCompany(getDb(), company.key, other, Date.now());
    setOther('');
  };
  const forget = async () => {
    if (!window.confirm(t('companiesForgetConfirm', company.name))) return;
    const { forgetCompany } = await import('@/lib/store/companies/companies');
    await forgetCompany(getDb(), company.key);
    navigate({ view: 'companies' });
  };
  return (
    <div className="card stack">
      <div className="row">
        <label>
          <span className="label">{t('companiesStatus')}</span>
          <select
            value={company.status}
            onChange={(e) => void save.run(() => change({ status: e.target.value as CompanyStatus }), t('companiesSaved'))}
          >
            {COMPANY_STATUSES.map((s) => (
              <option key={s} value={s}>
                {COMPANY_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="label">{t('objectivesPick')}</span>
          <select
            value={company.objectiveId ?? ''}
            onChange={(e) => void save.run(() => change({ objectiveId: e.target.value }), t('companiesSaved'))}
          >
            <option value="">{t('objectivesNone')}</option>
            {objectives.map((o) => (
              <option key={o.id} value={o.id}>
                {o.title}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label>
        <span className="label">{t('companiesNotes')}</span>
        <textarea
          rows={3}
          value={notes}
          maxLength={10000}
          onChange={(e) => setNotes(e.target.value)}
          onBlur={() => notes !== company.notes && void save.run(() => change({ notes }), t('companiesSaved'))}
        />
      </label>
      <form className="row" onSubmit={(e) => void save.submit(e, merge, t('companiesMerged', [other, company.name]))}>
        <label style={{ flex: 1 }}>
          <span className="label">{t('companiesMergeLabel', company.name)}</span>
          <input value={other} maxLength={300} required onChange={(e) => setOther(e.target.value)} style={{ width: '100%' }} />
        </label>
        <button type="submit" disabled={save.busy}>
          {t('companiesMerge')}
        </button>
      </form>
      {company.aliases.length > 0 && <p className="small muted">{t('companiesAliases', company.aliases.join(', '))}</p>}
      <p className="row small">
        <span className="ok" role="status">
          {status}
        </span>
        <button type="button" className="link" onClick={() => void save.run(forget, '')}>
          {t('companiesForget')}
        </button>
      </p>
      <FormError error={save.error} />
    </div>
  );
}
