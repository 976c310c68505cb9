import { useId, useState } from 'react';
import { getDb } from '@/lib/store';
import { updatePerson, type PersonChange, type PersonExpected } from '@/lib/store/people/person-edit';
import { isEditConflict, type FieldConflict } from '@/lib/store/edit-conflict';
import type { Person } from '@/lib/domain/model';
import { PERSON_LIMITS } from '@/lib/domain/model/limits';
import { t, type MessageKey } from '@/lib/domain/i18n';
import { useAction } from '@/components/shared/use-action';
import { mergeTexts, touchedFields, useEditState } from '@/components/shared/edit-state';
import { EditConflicts, type ShownConflict } from '@/components/shared/EditConflicts';
import { LimitNote, limitNoteId } from '@/components/shared/LimitNote';

const FIELDS = [
  { key: 'name', label: 'personFieldName', type: 'text' },
  { key: 'headline', label: 'personFieldHeadline', type: 'text' },
  { key: 'company', label: 'personFieldCompany', type: 'text' },
  { key: 'location', label: 'personFieldLocation', type: 'text' },
  { key: 'email', label: 'personFieldEmail', type: 'email' },
  { key: 'phone', label: 'personFieldPhone', type: 'tel' },
] as const satisfies readonly { key: keyof typeof PERSON_LIMITS; label: MessageKey; type: string }[];

type FieldKey = (typeof FIELDS)[number]['key'] | 'notes';
type Values = Record<FieldKey, string>;

const LABELS: Record<FieldKey, MessageKey> = {
  ...(Object.fromEntries(FIELDS.map((f) => [f.key, f.label])) as Record<(typeof FIELDS)[number]['key'], MessageKey>),
  notes: 'personFieldNotes',
};

export function valuesOf(person: Person): Values {
  return {
    name: person.name,
    headline: person.headline ?? '',
    company: person.company ?? '',
    location: person.location ?? '',
    email: person.email ?? '',
    phone: person.phone ?? '',
    notes: person.notes,
  };
}

/** The patch to save: touched fields as typed (trimmed but notes), with what the form started from. */
export function patchOf(base: Values, values: Values): { change: PersonChange; expected: PersonExpected } {
  const change: PersonChange = {};
  const expected: PersonExpected = {};
  for (const key of touchedFields({ base, values })) {
    const value = key === 'notes' ? values[key] : values[key].trim();
    // An empty name is not a change (a person always has one); the same text trimmed is none either.
    if ((key === 'name' && value === '') || value === base[key]) continue;
    change[key] = value;
    expected[key] = base[key];
  }
  return { change, expected };
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * The person's details, saved on blur and on submit: only the fields the
 * user changed, checked against what the form started from. A field another
 * window or a profile read changed meanwhile is a conflict the user resolves
 * (theirs, mine, or both texts for notes); untouched fields follow the stored
 * person. Edited fields are remembered, so later page reads never overwrite them.
 */
export function PersonDetailsForm({ person, onStatus }: { person: Person; onStatus(message: string): void }) {
  const id = useId();
  const { state, set, saved, rebase } = useEditState(valuesOf(person));
  const [conflicts, setConflicts] = useState<FieldConflict[]>([]);
  const saving = useAction(
    async (current: { base: Values; values: Values } = state) => {
      const { change, expected } = patchOf(current.base, current.values);
      if (Object.keys(change).length === 0) return;
      try {
        const stored = await updatePerson(getDb(), person.id, change, Date.now(), expected);
        // An emptied name comes back as stored (a person always has one).
        saved({ ...(change as Partial<Values>), ...(current.values.name.trim() === '' ? { name: stored.name } : {}) });
        setConflicts([]);
        onStatus(t('personDetailsSaved'));
      } catch (error) {
        if (!isEditConflict(error)) throw error;
        setConflicts([...error.conflicts]);
        onStatus(t('editConflict', error.params));
      }
    },
    { failure: 'commonNotSaved', onError: onStatus },
  );
  const save = () => void saving.run();
  const resolve = (field: string, value: (theirs: string) => string, andSave: boolean) => {
    const conflict = conflicts.find((c) => c.field === field);
    if (!conflict) return;
    const key = field as FieldKey;
    const theirs = text(conflict.stored);
    const next = value(theirs);
    rebase(key, theirs, next);
    setConflicts((all) => all.filter((c) => c.field !== field));
    if (andSave) {
      void saving.run({ base: { ...state.base, [key]: theirs }, values: { ...state.values, [key]: next } });
    }
  };
  const shown: ShownConflict[] = conflicts.map((c) => ({
    field: c.field,
    label: t(LABELS[c.field as FieldKey] ?? 'personDetailsTitle'),
    theirs: text(c.stored),
    mine: state.values[c.field as FieldKey] ?? '',
    long: c.field === 'notes',
  }));
  const limitId = (key: FieldKey) => limitNoteId(id, key, state.values[key].length, PERSON_LIMITS[key]);
  return (
    <form className="stack" aria-label={t('personDetailsTitle')} onSubmit={(e) => void saving.submit(e)}>
      {FIELDS.map((field) => (
        <label key={field.key}>
          <span className="label">{t(field.label)}</span>
          <input
            type={field.type}
            name={field.key}
            value={state.values[field.key]}
            maxLength={PERSON_LIMITS[field.key]}
            aria-describedby={limitId(field.key)}
            onChange={(e) => set(field.key, e.target.value)}
            onBlur={save}
            style={{ width: '100%' }}
          />
          <LimitNote id={`${id}-${field.key}-limit`} length={state.values[field.key].length} max={PERSON_LIMITS[field.key]} />
        </label>
      ))}
      <label>
        <span className="label">{t('personFieldNotes')}</span>
        <textarea
          rows={5}
          name="notes"
          value={state.values.notes}
          maxLength={PERSON_LIMITS.notes}
          aria-describedby={limitId('notes')}
          onChange={(e) => set('notes', e.target.value)}
          onBlur={save}
        />
        <LimitNote id={`${id}-notes-limit`} length={state.values.notes.length} max={PERSON_LIMITS.notes} />
      </label>
      <EditConflicts
        conflicts={shown}
        onTheirs={(field) => resolve(field, (theirs) => theirs, false)}
        onMine={(field) => resolve(field, () => state.values[field as FieldKey], true)}
        onBoth={(field) =>
          resolve(field, (theirs) => mergeTexts(state.base[field as FieldKey], theirs, state.values[field as FieldKey]), true)
        }
      />
      <button type="submit" disabled={saving.busy}>
        {t('personSaveDetails')}
      </button>
    </form>
  );
}
