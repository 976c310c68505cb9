import { useState } from 'react';
import { getDb } from '@/lib/store';
import { setStage, updatePerson } from '@/lib/store/people/person-edit';
import { ObjectiveKind, STAGES, type Person, type Stage } from '@/lib/domain/model';
import { OBJECTIVE_LABELS, STAGE_LABELS } from '@/lib/domain/labels';
import { t } from '@/lib/domain/i18n';
import { useAction } from '@/components/shared/use-action';

/** Where the target stands, and what the user wants to learn from them. */
export function StageObjectiveForm({ person, onStatus }: { person: Person; onStatus(message: string): void }) {
  const [detail, setDetail] = useState(person.objective?.detail ?? '');
  const saving = useAction(
    async (work: () => Promise<unknown>, done: string) => {
      await work();
      return done;
    },
    { failure: 'commonNotSaved', onDone: onStatus, onError: onStatus },
  );
  const run = saving.run;
  const saveObjective = (kind: string, text: string) => {
    const parsed = ObjectiveKind.safeParse(kind);
    if (!parsed.success) return;
    if (parsed.data === person.objective?.kind && text.trim() === (person.objective?.detail ?? '')) return;
    void run(
      () => updatePerson(getDb(), person.id, { objective: { kind: parsed.data, detail: text.trim() } }, Date.now()),
      t('personObjectiveSaved'),
    );
  };
  return (
    <div className="row">
      {person.kind === 'target' && (
        <label>
          <span className="label">{t('personStage')}</span>
          <select
            value={person.stage ?? 'to-contact'}
            onChange={(e) => {
              const stage = e.target.value as Stage;
              void run(
                () => setStage(getDb(), person.id, stage, Date.now()),
                t('personStageSaved', STAGE_LABELS[stage]),
              );
            }}
          >
            {STAGES.map((stage) => (
              <option key={stage} value={stage}>
                {STAGE_LABELS[stage]}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        <span className="label">{t('personObjective')}</span>
        <select value={person.objective?.kind ?? ''} onChange={(e) => saveObjective(e.target.value, detail)}>
          {!person.objective && <option value="">{t('personObjectiveNotSet')}</option>}
          {Object.entries(OBJECTIVE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label style={{ flex: 1 }}>
        <span className="label">{t('personObjectiveDetail')}</span>
        <input
          value={detail}
          onChange={(e) => setDetail(e.target.value)}
          onBlur={() =>
            person.objective || detail.trim() ? saveObjective(person.objective?.kind ?? 'role', detail) : undefined
          }
          placeholder={t('objectiveDetailExample')}
          style={{ width: '100%' }}
        />
      </label>
    </div>
  );
}
