import { useEffect, useState } from 'react';
import { labels } from '@/lib/domain/i18n';

type Persistence = 'checking' | 'persistent' | 'best-effort' | 'unknown';

/** Asks the browser to keep Inroads' storage (navigator.storage.persist) and says whether it will. */
export async function requestPersistentStorage(storage: StorageManager | undefined): Promise<Persistence> {
  if (!storage?.persisted) return 'unknown';
  try {
    if (await storage.persisted()) return 'persistent';
    if (storage.persist && (await storage.persist())) return 'persistent';
    return 'best-effort';
  } catch {
    return 'unknown';
  }
}

const TEXT = labels<Persistence>({
  checking: 'storagePersistChecking',
  persistent: 'storagePersistent',
  'best-effort': 'storageBestEffort',
  unknown: 'storagePersistUnknown',
});

export function StorageStatus() {
  const [state, setState] = useState<Persistence>('checking');
  useEffect(() => {
    let live = true;
    void requestPersistentStorage(typeof navigator === 'undefined' ? undefined : navigator.storage).then((result) => {
      if (live) setState(result);
    });
    return () => {
      live = false;
    };
  }, []);
  return (
    <p className={state === 'persistent' ? 'small ok' : 'small muted'} role="status">
      {TEXT[state]}
    </p>
  );
}
