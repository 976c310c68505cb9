import { useState } from 'react';
import { openSidePanel } from '@/lib/platform/side-panel';
import { t } from '@/lib/domain/i18n';
import { errorText } from './error-text';

/** Opens the side panel (follow-ups, targets, meetings) from a click. */
export function OpenSidePanelButton({ label = t('popupOpenSidePanel') }: { label?: string }) {
  const [error, setError] = useState('');
  return (
    <>
      <button type="button" onClick={() => openSidePanel().catch((e: unknown) => setError(errorText(e)))}>
        {label}
      </button>
      {error && (
        <p className="error small" role="alert">
          {t('popupOpenSidePanelFailed', error)}
        </p>
      )}
    </>
  );
}
