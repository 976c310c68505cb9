import { describeStorageError, type StorageProblem } from '@/lib/store/storage-errors';

const EVENT = 'inroads-storage-problem';

/**
 * Reports a caught storage error to the page's banner (components that catch
 * an error to keep the user's work still want the banner to explain it).
 * Returns whether it was a storage error.
 */
export function reportStorageError(error: unknown): boolean {
  const problem = describeStorageError(error);
  if (problem) window.dispatchEvent(new CustomEvent<StorageProblem>(EVENT, { detail: problem }));
  return problem !== undefined;
}

export function onStorageProblem(listener: (problem: StorageProblem) => void): () => void {
  const onReported = (event: Event) => listener((event as CustomEvent<StorageProblem>).detail);
  const onRejection = (event: PromiseRejectionEvent) => {
    const problem = describeStorageError(event.reason);
    if (problem) listener(problem);
  };
  window.addEventListener(EVENT, onReported);
  window.addEventListener('unhandledrejection', onRejection);
  return () => {
    window.removeEventListener(EVENT, onReported);
    window.removeEventListener('unhandledrejection', onRejection);
  };
}
