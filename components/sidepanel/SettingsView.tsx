import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../lib/db';
import { loadSettings } from '../../lib/db/settings';
import { YourDetails } from '../YourDetails';
import { CadenceSettingsForm } from './CadenceSettingsForm';
import { SettingsToggles } from './SettingsToggles';

/** Your details, the follow-up rhythm, the badge and reminders, and what Inroads keeps. */
export function SettingsView() {
  const settings = useLiveQuery(() => loadSettings(getDb()), []);
  if (!settings) return <p role="status">Loading…</p>;
  return (
    <section aria-labelledby="settings-heading" className="settings-view">
      <h1 id="settings-heading">Settings</h1>

      <h2>Your details</h2>
      <p className="small muted">Drafts use them to sign and to say how to reach you. Saved as you type.</p>
      <YourDetails settings={settings} />

      <h2>Follow-up rhythm</h2>
      <p className="small muted">When follow-ups fall due. Saving recomputes the next action of every target.</p>
      <CadenceSettingsForm settings={settings} />

      <h2>On LinkedIn and reminders</h2>
      <SettingsToggles settings={settings} />

      <h2>What Inroads stores</h2>
      <p className="small" data-testid="storage-note">
        Everything stays on this computer, in this browser’s local database (IndexedDB): the people you viewed or track,
        your messages and notes, meetings, research clips, templates and these settings. Inroads has no account and no
        server, and sends nothing anywhere. Nothing leaves the machine unless you export it yourself (Data tab).
      </p>
    </section>
  );
}
