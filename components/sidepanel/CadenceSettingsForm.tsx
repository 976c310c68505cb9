import { useId, useState } from 'react';
import { getDb } from '../../lib/db';
import { recomputeAllNextActions } from '../../lib/db/recompute-all';
import { loadSettings } from '../../lib/db/settings';
import { saveSettings } from '../../lib/db/settings-save';
import type { Settings } from '../../lib/model';
import {
  cadenceChanged,
  cadenceFormOf,
  parseCadenceForm,
  type CadenceForm,
  type CadenceKey,
} from '../../lib/outreach/cadence-settings';
import { isValidTimeZone } from '../../lib/outreach/calling-days';
import { TimeZoneSelect } from './TimeZoneSelect';

/** Monday first, as a week is usually read; values are 0 = Sunday … 6 = Saturday. */
const WEEKDAYS: [number, string][] = [
  [1, 'Monday'],
  [2, 'Tuesday'],
  [3, 'Wednesday'],
  [4, 'Thursday'],
  [5, 'Friday'],
  [6, 'Saturday'],
  [0, 'Sunday'],
];

type NumberField = 'followUpDays' | 'keepInTouchDays' | 'moveOnAfter' | 'hardStopAfter';
const NUMBER_FIELDS: { key: NumberField; label: string; hint: string }[] = [
  {
    key: 'followUpDays',
    label: 'Follow up after (days)',
    hint: 'No answer after about a week: send a short follow-up.',
  },
  {
    key: 'keepInTouchDays',
    label: 'Keep in touch every (days)',
    hint: 'A short update on your progress to people you met.',
  },
  {
    key: 'moveOnAfter',
    label: 'Move on after (unanswered messages)',
    hint: 'After three requests with no answer, assume no.',
  },
  {
    key: 'hardStopAfter',
    label: 'Hard stop after (unanswered messages)',
    hint: 'Five unanswered messages is the hard stop.',
  },
];

/**
 * The follow-up rhythm. Saved together (validated by the settings schema);
 * a change recomputes every target's next action, in chunks.
 */
export function CadenceSettingsForm({ settings }: { settings: Settings }) {
  const id = useId();
  const [form, setForm] = useState<CadenceForm>(() => cadenceFormOf(settings));
  const [errors, setErrors] = useState<Partial<Record<CadenceKey, string>>>({});
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const set = (change: Partial<CadenceForm>) => setForm((f) => ({ ...f, ...change }));
  const errorId = (key: CadenceKey) => (errors[key] ? `${id}-${key}-error` : undefined);

  const toggleDay = (day: number, on: boolean) =>
    set({ preferredDays: on ? [...form.preferredDays, day] : form.preferredDays.filter((d) => d !== day) });

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = parseCadenceForm(form, isValidTimeZone);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      setStatus('Not saved: fix the fields marked below.');
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const db = getDb();
      const before = await loadSettings(db);
      const saved = await saveSettings(db, parsed.change);
      if (!cadenceChanged(before, saved)) {
        setStatus('Saved. Nothing changed.');
        return;
      }
      setStatus('Saved. Updating follow-up dates…');
      const count = await recomputeAllNextActions(db, Date.now(), {
        onProgress: (done, total) => setStatus(`Saved. Updating follow-up dates… ${done} of ${total}`),
      });
      setStatus(`Saved. Follow-up dates updated for ${count} ${count === 1 ? 'target' : 'targets'}.`);
    } catch (e) {
      setStatus(`Not saved: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="stack" onSubmit={submit} aria-label="Follow-up rhythm" noValidate>
      {NUMBER_FIELDS.map(({ key, label, hint }) => (
        <div key={key}>
          <label>
            <span className="label">{label}</span>
            <input
              name={key}
              type="number"
              inputMode="numeric"
              value={form[key]}
              aria-invalid={errors[key] ? true : undefined}
              aria-describedby={errorId(key) ?? `${id}-${key}-hint`}
              onChange={(e) => set({ [key]: e.target.value })}
            />
          </label>
          <span id={`${id}-${key}-hint`} className="small muted">
            {hint}
          </span>
          {errors[key] && (
            <p id={errorId(key)} className="error small">
              {errors[key]}
            </p>
          )}
        </div>
      ))}
      <fieldset aria-describedby={errorId('preferredDays')}>
        <legend>Calling days (Tuesday–Thursday reach people best)</legend>
        <div className="row">
          {WEEKDAYS.map(([day, name]) => (
            <label key={day} className="row">
              <input
                type="checkbox"
                checked={form.preferredDays.includes(day)}
                onChange={(e) => toggleDay(day, e.target.checked)}
              />
              <span>{name}</span>
            </label>
          ))}
        </div>
        {errors.preferredDays && (
          <p id={errorId('preferredDays')} className="error small">
            {errors.preferredDays}
          </p>
        )}
      </fieldset>
      <TimeZoneSelect
        value={form.timeZone}
        onChange={(timeZone) => set({ timeZone })}
        invalid={!!errors.timeZone}
        describedBy={errorId('timeZone')}
      />
      {errors.timeZone && (
        <p id={errorId('timeZone')} className="error small">
          {errors.timeZone}
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          Save follow-up rhythm
        </button>
        <p role="status" className="small" data-testid="cadence-status">
          {status}
        </p>
      </div>
    </form>
  );
}
