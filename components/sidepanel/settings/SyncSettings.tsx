import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getDb } from '@/lib/store';
import { readSyncView } from '@/lib/store/sync/sync-view';
import { folderUrl, originPattern } from '@/lib/domain/sync/layout';
import { MIN_PASSPHRASE } from '@/lib/domain/sync/messages';
import { CONNECT_PROBLEMS, describeSyncStatus } from '@/lib/domain/sync/status';
import { InroadsError } from '@/lib/domain/errors';
import { requestOrigin } from '@/lib/platform/host-permission';
import { askSyncNow, askTurnOff, askTurnOn } from '@/lib/platform/sync-messages';
import { t } from '@/lib/domain/i18n';
import { useAction } from '@/components/shared/use-action';
import { FormError } from '@/components/shared/FormError';
import { SyncServerFields, type ServerForm } from './SyncServerFields';

const EMPTY: ServerForm = { url: '', user: '', password: '', passphrase: '' };

/** Settings → Sync: off by default; on, the server and its status, Sync now and Turn off. */
export function SyncSettings() {
  const view = useLiveQuery(() => readSyncView(getDb()), []);
  const [form, setForm] = useState<ServerForm>(EMPTY);
  const [status, setStatus] = useState('');
  const turnOn = useAction(async () => {
    setStatus('');
    const folder = folderUrl(form.url);
    if (!folder) throw new InroadsError('syncProblemBadUrl');
    if (form.passphrase.length < MIN_PASSPHRASE) throw new InroadsError('syncProblemShortPassphrase');
    // The click's first await: the browser asks the user for this server's origin only.
    if (!(await requestOrigin(originPattern(folder)))) throw new InroadsError('syncProblemPermission');
    setStatus(t('syncTurningOn'));
    try {
      const reply = await askTurnOn({ url: form.url, user: form.user, password: form.password }, form.passphrase);
      if (!reply.ok) throw new InroadsError(CONNECT_PROBLEMS[reply.problem]);
    } finally {
      setStatus('');
    }
    setForm(EMPTY);
    setStatus(t('syncOnDone'));
  });
  const turnOff = useAction(async () => {
    if (!window.confirm(t('syncOffConfirm'))) return;
    await askTurnOff();
    setStatus(t('syncOffDone'));
  });
  if (!view) return <p role="status">{t('commonLoading')}</p>;
  if (!view.on) {
    return (
      <form className="stack" aria-label={t('settingsSyncTitle')} onSubmit={(e) => void turnOn.submit(e)}>
        <SyncServerFields form={form} onChange={setForm} />
        <FormError error={turnOn.error} />
        <button type="submit" className="primary" disabled={turnOn.busy}>
          {t('syncTurnOn')}
        </button>
        <p role="status" className="small">
          {status}
        </p>
      </form>
    );
  }
  return (
    <div className="stack" data-testid="sync-on">
      <p className="small">{t('syncOnWith', [view.folder ?? '', view.user ?? ''])}</p>
      <p className="small" data-testid="sync-settings-status">
        {describeSyncStatus(view, Date.now())}
      </p>
      <div className="row">
        <button type="button" onClick={askSyncNow}>
          {t('syncNow')}
        </button>
        <button type="button" className="danger" disabled={turnOff.busy} onClick={() => void turnOff.run()}>
          {t('syncTurnOff')}
        </button>
      </div>
      <FormError error={turnOff.error} />
      <p role="status" className="small">
        {status}
      </p>
    </div>
  );
}
