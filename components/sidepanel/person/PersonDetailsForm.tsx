import { useState } from 'react';
import { getDb } from '@/lib/store';
import { updatePerson, type PersonChange } from '@/lib/store/people/person-edit';
import type { Person } from '@/lib/domain/model';
import { t, type MessageKey } from '@/lib/domain/i18n';
import { useAction } from '@/components/shared/use-action';

const FIELDS = [
  { key: 'name', label: 'personFieldName', type: 'text' },
  { key: 'headline', label: 'personFieldHeadline', type: 'text' },
  { key: 'company', label: 'personFieldCompany', type: 'text' },
  { key: 'location', label: 'personFieldLocation', type: 'text' },
  { key: 'email', label: 'personFieldEmail', type: 'email' },
  { key: 'phone', label: 'personFieldPhone', type: 'tel' },
] as const satisfies readonly { key: string; label: MessageKey; type: string }[];

type FieldKey = (typeof FIELDS)[number]['key'] | 'notes';
type Values = Record<FieldKey, string>;

function valuesOf(person: Person): Values {
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

/** What the user changed compared with what the form was showing (an empty name is not a change). */
export function changedFields(shown: Values, values: Values): PersonChange {
  const stored = shown;
  const change: PersonChange = {};
  for (const key of Object.keys(values) as FieldKey[]) {
    const value = key === 'notes' ? values[key] : values[key].trim();
    if (value === stored[key] || (key === 'name' && value === '')) continue;
    change[key] = value;
  }
  return change;
}

/**
 * The person's details, saved on blur and on submit. Edited fields are
 * remembered, so a later visit to their LinkedIn page never overwrites them.
 */
export function PersonDetailsForm({ person, onStatus }: { person: Person; onStatus(message: string): void }) {
  // What the form shows beside what is stored: a change stored meanwhile (another device, another
  // window) shows in the fields the user has not edited, and only edited fields are saved.
  const [shown, setShown] = useState<Values>(() => valuesOf(person));
  const [values, setValues] = useState<Values>(shown);
  const stored = valuesOf(person);
  if ((Object.keys(stored) as FieldKey[]).some((key) => stored[key] !== shown[key])) {
    setValues((v) => Object.fromEntries(Object.entries(v).map(([key, value]) => [key, value === shown[key as FieldKey] ? stored[key as FieldKey] : value])) as Values);
    setShown(stored);
  }
  const saving = useAction(
    async () => {
      const change = changedFields(shown, values);
      if (Object.keys(change).length === 0) return;
      const saved = await updatePerson(getDb(), person.id, change, Date.now());
      setShown(valuesOf(saved));
      if (values.name.trim() === '') setValues((v) => ({ ...v, name: saved.name }));
      onStatus(t('personDetailsSaved'));
    },
    { failure: 'commonNotSaved', onError: onStatus },
  );
  const save = saving.run;
  const set = (key: FieldKey) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));
  return (
    <form
      className="stack"
      aria-label={t('personDetailsTitle')}
      onSubmit={(e) => void saving.submit(e)}
    >
      {FIELDS.map((field) => (
        <label key={field.key}>
          <span className="label">{t(field.label)}</span>
          <input
            type={field.type}
            value={values[field.key]}
            onChange={set(field.key)}
            onBlur={() => void save()}
            style={{ width: '100%' }}
          />
        </label>
      ))}
      <label>
        <span className="label">{t('personFieldNotes')}</span>
        <textarea rows={5} value={values.notes} onChange={set('notes')} onBlur={() => void save()} />
      </label>
      <button type="submit">{t('personSaveDetails')}</button>
    </form>
  );
}
