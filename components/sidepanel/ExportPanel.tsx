import { useState } from 'react';
import { getDb } from '../../lib/db';
import { exportCalendar, exportFileName, exportTargetsCsv } from '../../lib/db/export-files';
import { downloadText, MIME } from '../../lib/platform/download';

type ExportKind = 'targets' | 'follow-ups';

/** Downloads the target list as a spreadsheet, and follow-ups + meetings as a calendar. */
export function ExportPanel() {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const download = async (kind: ExportKind) => {
    try {
      const now = Date.now();
      const fileName = exportFileName(kind, now);
      if (kind === 'targets') {
        const { text, count } = await exportTargetsCsv(getDb());
        downloadText(text, fileName, MIME.csv);
        setMessage({ ok: true, text: `Saved ${fileName} with ${count} ${count === 1 ? 'target' : 'targets'}.` });
      } else {
        const { text, count } = await exportCalendar(getDb(), now);
        downloadText(text, fileName, MIME.ics);
        setMessage({
          ok: true,
          text: `Saved ${fileName} with ${count} ${count === 1 ? 'event' : 'events'}; open it with your calendar.`,
        });
      }
    } catch (error) {
      setMessage({ ok: false, text: `The export failed: ${(error as Error).message}` });
    }
  };

  return (
    <div className="stack">
      <div className="row">
        <button type="button" onClick={() => void download('targets')}>
          Download targets (CSV)
        </button>
        <button type="button" onClick={() => void download('follow-ups')}>
          Download follow-ups and meetings (.ics)
        </button>
      </div>
      <p className="small muted">
        The calendar has one all-day reminder per follow-up you owe and every scheduled meeting; importing a newer file
        moves the events instead of duplicating them.
      </p>
      <p role="status" aria-live="polite" className={message?.ok === false ? 'error small' : 'ok small'}>
        {message?.text ?? ''}
      </p>
    </div>
  );
}
