import { useState } from 'react';
import { getDb } from '../../lib/db';
import { saveSettings } from '../../lib/db/settings-save';
import type { Settings } from '../../lib/model';

type Toggle = 'badgeEnabled' | 'dailyNotification';
const TOGGLES: { key: Toggle; label: string; hint: string; on: string; off: string }[] = [
  {
    key: 'badgeEnabled',
    label: 'Show the Inroads badge on LinkedIn profiles',
    hint: 'The small badge with the degree, mutual connections and the suggested approach.',
    on: 'The badge is on.',
    off: 'The badge is off.',
  },
  {
    key: 'dailyNotification',
    label: 'Daily reminder notification',
    hint: 'Once a day, a notification with how many follow-ups are due.',
    on: 'Daily reminders are on.',
    off: 'Daily reminders are off.',
  },
];

/** On/off settings, saved as soon as they change. */
export function SettingsToggles({ settings }: { settings: Settings }) {
  const [status, setStatus] = useState('');
  const toggle = async (key: Toggle, on: boolean, message: string) => {
    try {
      await saveSettings(getDb(), { [key]: on });
      setStatus(message);
    } catch (e) {
      setStatus(`Not saved: ${(e as Error).message}`);
    }
  };
  return (
    <div className="stack">
      {TOGGLES.map(({ key, label, hint, on, off }) => (
        <div key={key}>
          <label className="row">
            <input
              type="checkbox"
              name={key}
              checked={settings[key]}
              onChange={(e) => void toggle(key, e.target.checked, e.target.checked ? on : off)}
            />
            <span>{label}</span>
          </label>
          <span className="small muted">{hint}</span>
        </div>
      ))}
      <p role="status" className="small">
        {status}
      </p>
    </div>
  );
}
