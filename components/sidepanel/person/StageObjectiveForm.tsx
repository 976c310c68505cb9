import { useId, useState } from 'react';
import { getDb } from '@/lib/store';
import { setStage, updatePerson } from '@/lib/store/people/person-edit';
import { isEditConflict } from '@/lib/store/edit-conflict';
import { STAGES, type Objective, type ObjectiveKind, type Person, type Stage } from '@/lib/domain/model';
import { OBJECTIVE_KINDS } from '@/lib/domain/model/constants';
import { PERSON_LIMITS } from '@/lib/domain/model/limits';
import { STAGE_LABELS } from '@/lib/domain/labels';
import { t } from '@/lib/domain/i18n';
import { useAction } from '@/components/shared/use-action';
import { useEditState } from '@/components/shared/edit-state';
import { EditConflicts } from '@/components/shared/EditConflicts';
import { LimitNote, limitNoteId } from '@/components/shared/LimitNote';
import { ObjectiveKindSelect } from '@/components/shared/ObjectiveKindSelect';

const isObjectiveKind = (kind: string): kind is ObjectiveKind => (OBJECTIVE_KINDS as readonly string[]).includes(kind);

/**
 * Where the target stands, and what the user wants to learn from them. The
 * objective is saved as a patch checked against what the form started from:
 * a detail changed elsewhere meanwhile is shown for the user to choose.
 */
export function StageObjectiveForm({ person, onStatus }: { person: Person; onStatus(message: string): void }) {
  const id = useId();
  const { state, set, saved, rebase } = useEditState({ detail: person.objective?.detail ?? '' });
  const [theirs, setTheirs] = useState<Objective | null>(null);
  const saving = useAction(
    async (work: () => Promise<unknown>, done: string) => {
      await work();
      return done;
    },
    { failure: 'commonNotSaved', onDone: onStatus, onError: onStatus },
  );
  const run = saving.run;
  /** The objective as the form started from it: the stored kind, the detail before the user's typing. */
  const started = (detail = state.base.detail): Objective | undefined =>
    person.objective ? { kind: person.objective.kind, detail } : undefined;
  const saveObjective = (kind: string, typed: string, from = started()) => {
    if (!isObjectiveKind(kind)) return;
    const detail = typed.trim();
    if (kind === person.objective?.kind && detail === (person.objective?.detail ?? '')) return;
    void run(async () => {
      try {
        await updatePerson(getDb(), person.id, { objective: { kind, detail } }, Date.now(), { objective: from });
        saved({ detail });
        setTheirs(null);
      } catch (error) {
        if (!isEditConflict(error)) throw error;
        setTheirs((error.conflicts[0]?.stored as Objective | undefined) ?? { kind, detail: '' });
        throw error;
      }
    }, t('personObjectiveSaved'));
  };
  const kind = person.objective?.kind ?? 'role';
  return (
    <div className="stack">
      <div className="row">
        {person.kind === 'target' && (
          <label>
            <span className="label">{t('personStage')}</span>
            <select
              value={person.stage ?? 'to-contact'}
              onChange={(e) => {
                const stage = e.target.value as Stage;
                void run(() => setStage(getDb(), person.id, stage, Date.now()), t('personStageSaved', STAGE_LABELS[stage]));
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
        <ObjectiveKindSelect
          label={t('personObjective')}
          value={person.objective?.kind ?? ''}
          onChange={(kind) => saveObjective(kind, state.values.detail)}
          {...(person.objective ? {} : { unset: t('personObjectiveNotSet') })}
        />
        <label style={{ flex: 1 }}>
          <span className="label">{t('personObjectiveDetail')}</span>
          <input
            value={state.values.detail}
            maxLength={PERSON_LIMITS.objectiveDetail}
            aria-describedby={limitNoteId(id, 'detail', state.values.detail.length, PERSON_LIMITS.objectiveDetail)}
            onChange={(e) => set('detail', e.target.value)}
            onBlur={() => (person.objective || state.values.detail.trim() ? saveObjective(kind, state.values.detail) : undefined)}
            placeholder={t('objectiveDetailExample')}
            style={{ width: '100%' }}
          />
          <LimitNote id={`${id}-detail-limit`} length={state.values.detail.length} max={PERSON_LIMITS.objectiveDetail} />
        </label>
      </div>
      <EditConflicts
        conflicts={
          theirs ? [{ field: 'objective', label: t('personObjectiveDetail'), theirs: theirs.detail, mine: state.values.detail }] : []
        }
        onTheirs={() => {
          rebase('detail', theirs?.detail ?? '', theirs?.detail ?? '');
          setTheirs(null);
        }}
        onMine={() => {
          const stored = theirs;
          setTheirs(null);
          rebase('detail', stored?.detail ?? '', state.values.detail);
          saveObjective(stored?.kind ?? kind, state.values.detail, stored ?? undefined);
        }}
      />
    </div>
  );
}
