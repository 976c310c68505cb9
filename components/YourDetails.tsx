import { getDb } from '../lib/db';
import type { Settings } from '../lib/model';
import { plural, t, type MessageKey } from '../lib/i18n';

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
  // Loaded on first use: the settings schema (zod) stays out of the popup's first paint.
  const save = (change: Partial<Settings>) =>
    void import('../lib/db/settings-save').then(({ saveSettings }) => saveSettings(getDb(), change));
  const missing = FIELDS.filter((f) => !settings[f.key].trim()).length;
  const form = (
    <div className="stack" data-testid="your-details">
      {FIELDS.map((field) => (
        <label key={field.key}>
          <span className="label">{t(field.label)}</span>
          <input
            name={field.key}
            type={field.type}
            autoComplete={field.autoComplete}
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
          defaultValue={settings.signature}
          onChange={(e) => save({ signature: e.target.value })}
        />
      </label>
      <label>
        <span className="label">{t('detailsMinutes')}</span>
        <input
          name="minutes"
          type="number"
          min={5}
          max={120}
          defaultValue={settings.minutes}
          onChange={(e) => {
            const minutes = Number(e.target.value);
            if (Number.isInteger(minutes) && minutes >= 5 && minutes <= 120) save({ minutes });
          }}
        />
      </label>
    </div>
  );
  if (!compact) return form;
  return (
    <details className="card" open={missing > 0}>
      <summary>{missing > 0 ? plural('detailsTitleMissing', missing) : t('detailsTitle')}</summary>
      {form}
    </details>
  );
}
