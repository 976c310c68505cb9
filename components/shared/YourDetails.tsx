import { useState } from 'react';
import { getDb } from '@/lib/store';
import { SETTINGS_RANGES, SETTINGS_TEXT_LIMITS } from '@/lib/store/settings/settings';
import { FormError } from './FormError';
import { useQueuedAction } from './use-action';
import type { Settings } from '@/lib/domain/model';
import { plural, t, type MessageKey } from '@/lib/domain/i18n';

type TextSetting = 'myName' | 'myEmail' | 'myPhone' | 'targetRole';
const FIELDS: { key: TextSetting; label: MessageKey; type: string; autoComplete: string }[] = [
  { key: 'myName', label: 'detailsMyName', type: 'text', autoComplete: 'name' },
  { key: 'myEmail', label: 'detailsMyEmail', type: 'email', autoComplete: 'email' },
  { key: 'myPhone', label: 'detailsMyPhone', type: 'tel', autoComplete: 'tel' },
  { key: 'targetRole', label: 'detailsTargetRole', type: 'text', autoComplete: 'off' },
];

/**
 * The user's own details that drafts need. Saved as they type; used only to
 * fill drafts on this machine.
 */
export function YourDetails({ settings, compact = false }: { settings: Settings; compact?: boolean }) {
  // Each keystroke saves its one field (a patch), in order; a refusal is said in words under the form.
  const saving = useQueuedAction(
    async (change: Partial<Settings>) => {
      // Loaded on first use: the settings schema (zod) stays out of the popup's first paint.
      const { saveSettings } = await import('@/lib/store/settings/settings-save');
      await saveSettings(getDb(), change);
    },
    { failure: 'commonNotSaved' },
  );
  const save = (change: Partial<Settings>) => void saving.run(change);
  const missing = FIELDS.filter((f) => !settings[f.key].trim()).length;
  // Open at first when something is missing; it stays as the user leaves it
  // (closing it as they fill the last field would take the focus away).
  const [open] = useState(missing > 0);
  const form = (
    <div className="stack" data-testid="your-details">
      {FIELDS.map((field) => (
        <label key={field.key}>
          <span className="label">{t(field.label)}</span>
          <input
            name={field.key}
            type={field.type}
            autoComplete={field.autoComplete}
            maxLength={SETTINGS_TEXT_LIMITS[field.key]}
            defaultValue={settings[field.key]}
            onChange={(e) => save({ [field.key]: e.target.value })}
            style={{ width: '100%' }}
          />
        </label>
      ))}
      <label>
        <span className="label">{t('detailsSignature')}</span>
        <textarea
          name="signature"
          rows={2}
          maxLength={SETTINGS_TEXT_LIMITS.signature}
          defaultValue={settings.signature}
          onChange={(e) => save({ signature: e.target.value })}
        />
      </label>
      <label>
        <span className="label">{t('detailsMinutes')}</span>
        <input
          name="minutes"
          type="number"
          min={SETTINGS_RANGES.minutes[0]}
          max={SETTINGS_RANGES.minutes[1]}
          defaultValue={settings.minutes}
          onChange={(e) => {
            const minutes = Number(e.target.value);
            if (
              Number.isInteger(minutes) &&
              minutes >= SETTINGS_RANGES.minutes[0] &&
              minutes <= SETTINGS_RANGES.minutes[1]
            )
              save({ minutes });
          }}
        />
      </label>
      <FormError error={saving.error} />
    </div>
  );
  if (!compact) return form;
  return (
    <details className="card" open={open}>
      <summary>{missing > 0 ? plural('detailsTitleMissing', missing) : t('detailsTitle')}</summary>
      {form}
    </details>
  );
}
