import { useId } from 'react';
import { MIN_PASSPHRASE } from '@/lib/domain/sync/messages';
import { t, type MessageKey } from '@/lib/domain/i18n';

export interface ServerForm {
  url: string;
  user: string;
  password: string;
  passphrase: string;
}

const FIELDS: { key: keyof ServerForm; label: MessageKey; type: string; autoComplete: string; hint?: MessageKey }[] = [
  { key: 'url', label: 'syncServerUrl', type: 'url', autoComplete: 'url', hint: 'syncServerUrlHint' },
  { key: 'user', label: 'syncUser', type: 'text', autoComplete: 'username' },
  { key: 'password', label: 'syncAppPassword', type: 'password', autoComplete: 'current-password', hint: 'syncAppPasswordHint' },
  { key: 'passphrase', label: 'syncPassphrase', type: 'password', autoComplete: 'new-password', hint: 'syncPassphraseHint' },
];

/** The server, the login and the sync passphrase. */
export function SyncServerFields({ form, onChange }: { form: ServerForm; onChange(form: ServerForm): void }) {
  const id = useId();
  return (
    <>
      {FIELDS.map(({ key, label, type, autoComplete, hint }) => (
        <label key={key}>
          <span className="label">{t(label)}</span>
          <input
            type={type}
            name={`sync-${key}`}
            value={form[key]}
            required
            autoComplete={autoComplete}
            spellCheck={false}
            maxLength={key === 'url' ? 2048 : 1000}
            aria-describedby={hint ? `${id}-${key}` : undefined}
            onChange={(e) => onChange({ ...form, [key]: e.target.value })}
            style={{ width: '100%' }}
          />
          {hint && (
            <span id={`${id}-${key}`} className="small muted">
              {key === 'passphrase' ? t(hint, MIN_PASSPHRASE) : t(hint)}
            </span>
          )}
        </label>
      ))}
    </>
  );
}
