import { lazy, Suspense } from 'react';

// Below what the user reads first: loaded just after first paint, out of the popup's first bundle.
const CopyDiagnostics = lazy(() => import('./CopyDiagnostics').then((m) => ({ default: m.CopyDiagnostics })));

/** "Copy diagnostics", loaded on its own. */
export function LazyCopyDiagnostics({ tabId }: { tabId: number }) {
  return (
    <Suspense fallback={null}>
      <CopyDiagnostics tabId={tabId} />
    </Suspense>
  );
}
