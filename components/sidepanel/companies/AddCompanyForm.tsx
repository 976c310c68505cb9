import { useState } from 'react';
import { getDb } from '@/lib/store';
import type { ObjectiveRecord } from '@/lib/domain/model';
import { FormError } from '@/components/shared/FormError';
import { useAction } from '@/components/shared/use-action';
import { t } from '@/lib/domain/i18n';
import { ObjectiveSelect } from '@/components/sidepanel/ObjectiveSelect';

/** Adds a target company (any spelling: a known one is updated, never doubled), optionally under an objective. */
export function AddCompanyForm({ objectives }: { objectives: readonly ObjectiveRecord[] }) {
  const [name, setName] = useState('');
  const [objectiveId, setObjectiveId] = useState('');
  const [status, setStatus] = useState('');
  const add = useAction(
    async () => {
      const { saveCompany } = await import('@/lib/store/companies/companies');
      // "No objective" adds the company without touching the objective an existing one has.
      return saveCompany(getDb(), { name, ...(objectiveId ? { objectiveId } : {}) }, Date.now());
    },
    {
      failure: 'commonNotSaved',
      onDone: (company) => {
        setName('');
        setStatus(t('companiesAdded', company.name));
      },
    },
  );
  const open = objectives.filter((o) => !o.archived);
  return (
    <form className="card row" onSubmit={add.submit} aria-label={t('companiesAddTitle')}>
      <label style={{ flex: 1 }}>
        <span className="label">{t('companiesAddName')}</span>
        <input value={name} maxLength={300} required onChange={(e) => setName(e.target.value)} style={{ width: '100%' }} />
      </label>
      {open.length > 0 && (
        <ObjectiveSelect objectives={open} value={objectiveId} onChange={setObjectiveId} />
      )}
      <button type="submit" className="primary" disabled={add.busy}>
        {t('companiesAdd')}
      </button>
      <p className="small ok" role="status">
        {status}
      </p>
      <FormError error={add.error} />
    </form>
  );
}
