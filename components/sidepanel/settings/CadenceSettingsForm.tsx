import { useId, useState } from 'react';
import { getDb } from '@/lib/store';
import { recomputeAllNextActions } from '@/lib/store/history/recompute-all';
import { loadSettings } from '@/lib/store/settings/settings';
import { saveSettings } from '@/lib/store/settings/settings-save';
import type { Settings } from '@/lib/domain/model';
import {
  CADENCE_KEYS,
  cadenceChanged,
  cadenceFormOf,
  parseCadenceForm,
  type CadenceForm,
  type CadenceKey,
} from '@/lib/domain/cadence/settings';
import { isValidTimeZone } from '@/lib/domain/cadence/calling-days';
import { TimeZoneSelect } from './TimeZoneSelect';
import { plural, t, type MessageKey } from '@/lib/domain/i18n';
import { InroadsError } from '@/lib/domain/errors';
import { useAction } from '@/components/shared/use-action';

/** Monday first, as a week is usually read; values are 0 = Sunday … 6 = Saturday. */
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0];

/** The weekday's name in the language of the messages (7 January 2024 was a Sunday). */
const weekdayName = (day: number) =>
  new Intl.DateTimeFormat(t('appLocale'), { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 7 + day));

type NumberField = 'followUpDays' | 'keepInTouchDays' | 'moveOnAfter' | 'hardStopAfter';
const NUMBER_FIELDS: { key: NumberField; label: MessageKey; hint: MessageKey }[] = [
  { key: 'followUpDays', label: 'settingsFollowUpAfter', hint: 'settingsFollowUpAfterHint' },
  { key: 'keepInTouchDays', label: 'settingsKeepInTouchEvery', hint: 'settingsKeepInTouchHint' },
  { key: 'moveOnAfter', label: 'settingsMoveOnAfterLabel', hint: 'settingsMoveOnAfterHint' },
  { key: 'hardStopAfter', label: 'settingsHardStopAfterLabel', hint: 'settingsHardStopAfterHint' },
];

/**
 * The follow-up rhythm. Saved together (validated by the settings schema);
 * a change recomputes every target's next action, in chunks.
 */
export function CadenceSettingsForm({ settings }: { settings: Settings }) {
  const id = useId();
  const [form, setForm] = useState<CadenceForm>(() => cadenceFormOf(settings));
  // What the form started from: a save sends only the fields changed here (another window's stay).
  const [start, setStart] = useState<CadenceForm>(form);
  const [errors, setErrors] = useState<Partial<Record<CadenceKey, string>>>({});
  const [status, setStatus] = useState('');
  const set = (change: Partial<CadenceForm>) => setForm((f) => ({ ...f, ...change }));
  const errorId = (key: CadenceKey) => (errors[key] ? `${id}-${key}-error` : undefined);

  const toggleDay = (day: number, on: boolean) =>
    set({ preferredDays: on ? [...form.preferredDays, day] : form.preferredDays.filter((d) => d !== day) });

  const saving = useAction(
    async () => {
      const parsed = parseCadenceForm(form, isValidTimeZone);
      if (!parsed.ok) {
        setErrors(parsed.errors);
        throw new InroadsError('settingsFixFields');
      }
      setErrors({});
      const db = getDb();
      const before = await loadSettings(db);
      const changed = CADENCE_KEYS.filter((key) => JSON.stringify(form[key]) !== JSON.stringify(start[key]));
      const patch = Object.fromEntries(changed.map((key) => [key, parsed.change[key]]));
      const saved = await saveSettings(db, patch);
      setStart(form);
      if (!cadenceChanged(before, saved)) return t('settingsSavedUnchanged');
      setStatus(t('settingsSavedUpdating'));
      const count = await recomputeAllNextActions(db, Date.now(), {
        onProgress: (done, total) => setStatus(t('settingsSavedProgress', [done, total])),
      });
      return plural('settingsSavedUpdated', count);
    },
    { failure: 'commonNotSaved', onDone: setStatus, onError: setStatus },
  );
  const busy = saving.busy;
  const submit = saving.submit;

  return (
    <form className="stack" onSubmit={submit} aria-label={t('settingsRhythmTitle')} noValidate>
      {NUMBER_FIELDS.map(({ key, label, hint }) => (
        <div key={key}>
          <label>
            <span className="label">{t(label)}</span>
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
            {t(hint)}
          </span>
          {errors[key] && (
            <p id={errorId(key)} className="error small">
              {errors[key]}
            </p>
          )}
        </div>
      ))}
      <fieldset aria-describedby={errorId('preferredDays')}>
        <legend>{t('settingsCallingDays')}</legend>
        <div className="row">
          {WEEKDAYS.map((day) => (
            <label key={day} className="row">
              <input
                type="checkbox"
                checked={form.preferredDays.includes(day)}
                onChange={(e) => toggleDay(day, e.target.checked)}
              />
              <span>{weekdayName(day)}</span>
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
          {t('settingsSaveRhythm')}
        </button>
        <p role="status" className="small" data-testid="cadence-status">
          {status}
        </p>
      </div>
    </form>
  );
}
