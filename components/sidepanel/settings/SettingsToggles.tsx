import { useState } from 'react';
import { getDb } from '@/lib/store';
import { saveSettings } from '@/lib/store/settings/settings-save';
import type { Settings } from '@/lib/domain/model';
import { t, type MessageKey } from '@/lib/domain/i18n';
import { useQueuedAction } from '@/components/shared/use-action';

type Toggle = 'badgeEnabled' | 'quietMode' | 'dailyNotification';
const TOGGLES: { key: Toggle; label: MessageKey; hint: MessageKey; on: MessageKey; off: MessageKey }[] = [
  {
    key: 'badgeEnabled',
    label: 'settingsBadge',
    hint: 'settingsBadgeHint',
    on: 'settingsBadgeOn',
    off: 'settingsBadgeOff',
  },
  {
    key: 'quietMode',
    label: 'settingsQuiet',
    hint: 'settingsQuietHint',
    on: 'settingsQuietOn',
    off: 'settingsQuietOff',
  },
  {
    key: 'dailyNotification',
    label: 'settingsDaily',
    hint: 'settingsDailyHint',
    on: 'settingsDailyOn',
    off: 'settingsDailyOff',
  },
];

/** On/off settings, saved as soon as they change. */
export function SettingsToggles({ settings }: { settings: Settings }) {
  const [status, setStatus] = useState('');
  const saving = useQueuedAction(
    async (key: Toggle, on: boolean, message: string) => {
      await saveSettings(getDb(), { [key]: on });
      return message;
    },
    { failure: 'commonNotSaved', onDone: setStatus, onError: setStatus },
  );
  const toggle = saving.run;
  return (
    <div className="stack">
      {TOGGLES.map(({ key, label, hint, on, off }) => (
        <div key={key}>
          <label className="row">
            <input
              type="checkbox"
              name={key}
              checked={settings[key]}
              // Quiet mode adds nothing to LinkedIn's pages, the badge included.
              disabled={key === 'badgeEnabled' && settings.quietMode}
              onChange={(e) => void toggle(key, e.target.checked, t(e.target.checked ? on : off))}
            />
            <span>{t(label)}</span>
          </label>
          <span className="small muted">{t(hint)}</span>
        </div>
      ))}
      <p role="status" className="small">
        {status}
      </p>
    </div>
  );
}
