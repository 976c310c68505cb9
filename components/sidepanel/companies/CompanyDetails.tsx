import { useId, useState } from 'react';
import { getDb } from '@/lib/store';
import type { Company, CompanyStatus, ObjectiveRecord } from '@/lib/domain/model';
import type { CompanyChange } from '@/lib/store/companies/companies';
import { isEditConflict } from '@/lib/store/edit-conflict';
import { COMPANY_STATUSES } from '@/lib/domain/model/constants';
import { COMPANY_LIMITS } from '@/lib/domain/model/limits';
import { COMPANY_STATUS_LABELS } from './company-labels';
import { navigate } from '@/components/sidepanel/use-route';
import { FormError } from '@/components/shared/FormError';
import { useAction } from '@/components/shared/use-action';
import { mergeTexts, useEditState } from '@/components/shared/edit-state';
import { EditConflicts } from '@/components/shared/EditConflicts';
import { LimitNote, limitNoteId } from '@/components/shared/LimitNote';
import { NoteVersions } from '@/components/sidepanel/NoteVersions';
import { t } from '@/lib/domain/i18n';
import { ObjectiveSelect } from '@/components/sidepanel/ObjectiveSelect';

const store = () => import('@/lib/store/companies/companies');

/**
 * A target company's status, objective and notes; another spelling merged
 * into it; or forgotten. Notes are saved as a patch checked against what the
 * form started from: notes written elsewhere meanwhile are shown, and both
 * texts can be kept; untyped fields follow what is stored.
 */
export function CompanyDetails({ company, objectives }: { company: Company; objectives: readonly ObjectiveRecord[] }) {
  const id = useId();
  const { state, set, saved, rebase } = useEditState({ notes: company.notes });
  const [theirs, setTheirs] = useState<string | null>(null);
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
    const { updateCompany } = await store();
    await updateCompany(getDb(), company.key, patch, Date.now());
  };
  const saving = useAction(
    async (current: { base: { notes: string }; values: { notes: string } } = state) => {
      const { notes } = current.values;
      if (notes === current.base.notes) return '';
      const { updateCompany } = await store();
      try {
        await updateCompany(getDb(), company.key, { notes }, Date.now(), { notes: current.base.notes });
      } catch (error) {
        if (isEditConflict(error)) setTheirs(typeof error.conflicts[0]?.stored === 'string' ? error.conflicts[0].stored : '');
        throw error;
      }
      saved({ notes });
      setTheirs(null);
      return t('companiesSaved');
    },
    { failure: 'commonNotSaved', onDone: (message) => message && setStatus(message) },
  );
  const resolve = (value: string, andSave: boolean) => {
    const stored = theirs ?? '';
    rebase('notes', stored, value);
    setTheirs(null);
    saving.setError('');
    if (andSave) void saving.run({ base: { notes: stored }, values: { notes: value } });
  };
  const merge = async () => {
    const { mergeCompany } = await store();
    await mergeCompany(getDb(), company.key, other, Date.now());
    setOther('');
  };
  const forget = async () => {
    if (!window.confirm(t('companiesForgetConfirm', company.name))) return;
    const { forgetCompany } = await store();
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
        <ObjectiveSelect
          objectives={objectives}
          value={company.objectiveId ?? ''}
          onChange={(objectiveId) => void save.run(() => change({ objectiveId }), t('companiesSaved'))}
        />
      </div>
      <label>
        <span className="label">{t('companiesNotes')}</span>
        <textarea
          rows={3}
          value={state.values.notes}
          maxLength={COMPANY_LIMITS.notes}
          aria-describedby={limitNoteId(id, 'notes', state.values.notes.length, COMPANY_LIMITS.notes)}
          onChange={(e) => set('notes', e.target.value)}
          onBlur={() => void saving.run()}
        />
        <LimitNote id={`${id}-notes-limit`} length={state.values.notes.length} max={COMPANY_LIMITS.notes} />
      </label>
      <EditConflicts
        conflicts={
          theirs === null ? [] : [{ field: 'notes', label: t('companiesNotes'), theirs, mine: state.values.notes, long: true }]
        }
        onTheirs={() => resolve(theirs ?? '', false)}
        onMine={() => resolve(state.values.notes, true)}
        onBoth={() => resolve(mergeTexts(state.base.notes, theirs ?? '', state.values.notes), true)}
      />
      <FormError error={saving.error} />
      <NoteVersions
        table="companies"
        id={company.key}
        notes={company.notes}
        save={async (text) => {
          const { updateCompany } = await store();
          return updateCompany(getDb(), company.key, { notes: text }, Date.now(), { notes: company.notes });
        }}
      />
      <form className="row" onSubmit={(e) => void save.submit(e, merge, t('companiesMerged', [other, company.name]))}>
        <label style={{ flex: 1 }}>
          <span className="label">{t('companiesMergeLabel', company.name)}</span>
          <input
            value={other}
            maxLength={COMPANY_LIMITS.name}
            required
            aria-describedby={limitNoteId(id, 'other', other.length, COMPANY_LIMITS.name)}
            onChange={(e) => setOther(e.target.value)}
            style={{ width: '100%' }}
          />
          <LimitNote id={`${id}-other-limit`} length={other.length} max={COMPANY_LIMITS.name} />
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
