import { useEffect, useState } from 'react';

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

const TEXT: Record<Persistence, string> = {
  checking: 'Checking whether the browser keeps your data…',
  persistent: 'Storage is persistent: the browser will not clear Inroads data to free space.',
  'best-effort':
    'Storage is not persistent: the browser may clear Inroads data when disk space runs low. Export backups regularly.',
  unknown: 'The browser did not say whether Inroads data is kept when disk space runs low. Export backups regularly.',
};

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
