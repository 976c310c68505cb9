import { useState } from 'react';
import { getDb } from '@/lib/store';
import { exportCalendar, exportFileName, exportTargetsCsv } from '@/lib/store/backup/export-files';
import { downloadText, MIME } from '@/lib/platform/download';
import { plural, t } from '@/lib/domain/i18n';
import { useAction } from '@/components/shared/use-action';

type ExportKind = 'targets' | 'follow-ups';

/** Downloads the target list as a spreadsheet, and follow-ups + meetings as a calendar. */
export function ExportPanel() {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const exporting = useAction(
    async (kind: ExportKind) => {
      setMessage(null);
      const now = Date.now();
      const fileName = exportFileName(kind, now);
      if (kind === 'targets') {
        const { text, count } = await exportTargetsCsv(getDb());
        downloadText(text, fileName, MIME.csv);
        return plural('exportSavedTargets', count, [fileName, count]);
      }
      const { text, count } = await exportCalendar(getDb(), now);
      downloadText(text, fileName, MIME.ics);
      return plural('exportSavedEvents', count, [fileName, count]);
    },
    {
      failure: 'exportFailed',
      onDone: (text) => setMessage({ ok: true, text }),
      onError: (text) => setMessage({ ok: false, text }),
    },
  );
  const download = (kind: ExportKind) => exporting.run(kind);

  return (
    <div className="stack">
      <div className="row">
        <button type="button" disabled={exporting.busy} onClick={() => void download('targets')}>
          {t('exportTargetsCsv')}
        </button>
        <button type="button" disabled={exporting.busy} onClick={() => void download('follow-ups')}>
          {t('exportCalendar')}
        </button>
      </div>
      <p className="small muted">{t('exportCalendarHint')}</p>
      <p role="status" aria-live="polite" className={message?.ok === false ? 'error small' : 'ok small'}>
        {message?.text ?? ''}
      </p>
    </div>
  );
}
