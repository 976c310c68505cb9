import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { getDb } from '@/lib/store';
import { readSyncView } from '@/lib/store/sync/sync-view';
import { describeSyncStatus } from '@/lib/domain/sync/status';
import { askSyncNow } from '@/lib/platform/sync-messages';
import { t } from '@/lib/domain/i18n';
import { useNow } from './use-now';

/**
 * One line on every view while sync is on: "Synced 2 minutes ago", "Server
 * unreachable — 14 changes waiting", or what stopped sync. Opening the panel
 * asks for a sync (the background does it; nothing here waits for it).
 */
export function SyncStatusLine() {
  const view = useLiveQuery(() => readSyncView(getDb()), []);
  const now = useNow(30_000);
  const on = view?.on === true;
  useEffect(() => {
    if (on) askSyncNow();
  }, [on]);
  if (!view?.on) return null;
  return (
    <p className={`small sync-status${view.error ? ' warning' : ' muted'}`} role="status" aria-label={t('syncStatusLabel')} data-testid="sync-status">
      {describeSyncStatus(view, now)}
    </p>
  );
}
