import { useState } from 'react';
import { openSidePanel } from '../lib/platform/side-panel';

/** Opens the side panel (follow-ups, targets, meetings) from a click. */
export function OpenSidePanelButton({ label = 'Open follow-ups & targets' }: { label?: string }) {
  const [error, setError] = useState('');
  return (
    <>
      <button type="button" onClick={() => openSidePanel().catch((e: Error) => setError(e.message))}>
        {label}
      </button>
      {error && (
        <p className="error small" role="alert">
          Could not open the side panel: {error}
        </p>
      )}
    </>
  );
}
