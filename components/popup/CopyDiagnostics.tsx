import { useState } from 'react';
import { readDiagnostics } from '@/lib/platform/diagnostics';
import { useAction } from '@/components/shared/use-action';
import { t } from '@/lib/domain/i18n';

/** Copies what Inroads read on this page and why (no page HTML, nobody else's data), for a bug report. */
export function CopyDiagnostics({ tabId }: { tabId: number }) {
  const [copied, setCopied] = useState('');
  const copy = useAction(
    async () => {
      await navigator.clipboard.writeText(await readDiagnostics(tabId));
    },
    { failure: 'diagnosticsFailed', onDone: () => setCopied(t('diagnosticsCopied')), onError: setCopied },
  );
  return (
    <p className="row small">
      <button type="button" className="link" title={t('diagnosticsHint')} disabled={copy.busy} onClick={() => void copy.run()}>
        {t('diagnosticsCopy')}
      </button>
      <span role="status">{copied}</span>
    </p>
  );
}
