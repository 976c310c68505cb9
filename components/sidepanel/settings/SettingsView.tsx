import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/store';
import { loadSettings } from '@/lib/store/settings/settings';
import { YourDetails } from '@/components/shared/YourDetails';
import { CadenceSettingsForm } from './CadenceSettingsForm';
import { SettingsToggles } from './SettingsToggles';
import { SyncSettings } from './SyncSettings';
import { t } from '@/lib/domain/i18n';

/** Your details, the follow-up rhythm, the badge and reminders, and what Inroads keeps. */
export function SettingsView() {
  const settings = useLiveQuery(() => loadSettings(getDb()), []);
  if (!settings) return <p role="status">{t('commonLoading')}</p>;
  return (
    <section aria-labelledby="settings-heading" className="settings-view">
      <h1 id="settings-heading">{t('settingsTitle')}</h1>

      <h2>{t('settingsYourDetails')}</h2>
      <p className="small muted">{t('settingsYourDetailsHint')}</p>
      <YourDetails settings={settings} />

      <h2>{t('settingsRhythmTitle')}</h2>
      <p className="small muted">{t('settingsRhythmHint')}</p>
      <CadenceSettingsForm settings={settings} />

      <h2>{t('settingsLinkedinTitle')}</h2>
      <SettingsToggles settings={settings} />

      <h2>{t('settingsStorageTitle')}</h2>
      <p className="small" data-testid="storage-note">
        {t('settingsStorageNote')}
      </p>

      <h2>{t('settingsSyncTitle')}</h2>
      <p className="small muted">{t('settingsSyncHint')}</p>
      <SyncSettings />
    </section>
  );
}
