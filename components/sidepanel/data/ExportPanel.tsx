import { useState } from 'react';
import { getDb } from '@/lib/store';
import { exportCalendar, exportFileName, exportTargetsCsv } from '@/lib/store/backup/export-files';
import { downloadText, MIME } from '@/lib/platform/download';
import { plural, t } from '@/lib/domain/i18n';

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
        setMessage({ ok: true, text: plural('exportSavedTargets', count, [fileName, count]) });
      } else {
        const { text, count } = await exportCalendar(getDb(), now);
        downloadText(text, fileName, MIME.ics);
        setMessage({ ok: true, text: plural('exportSavedEvents', count, [fileName, count]) });
      }
    } catch (error) {
      setMessage({ ok: false, text: t('exportFailed', (error as Error).message) });
    }
  };

  return (
    <div className="stack">
      <div className="row">
        <button type="button" onClick={() => void download('targets')}>
          {t('exportTargetsCsv')}
        </button>
        <button type="button" onClick={() => void download('follow-ups')}>
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
