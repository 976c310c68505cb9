import { getDb } from '@/lib/store';
import type { TimelineEntry } from '@/lib/store/history/person-history';
import { deleteTouch } from '@/lib/store/history/touches';
import type { Touch } from '@/lib/domain/model';
import { formatDateTime, formatDay, isoDateTime } from '@/components/shared/labels';
import { appNoteText, CHANNEL_LABELS, MEETING_MODE_LABELS, MEETING_STATUS_LABELS, TOUCH_LABELS } from '@/lib/domain/labels';
import { routeHref } from '@/components/sidepanel/use-route';
import { t } from '@/lib/domain/i18n';
import { useAction } from '@/components/shared/use-action';
import { AnswerReferrals } from './AnswerReferrals';

function Collapsed({ summary, text }: { summary: string; text: string }) {
  return (
    <details>
      <summary className="small">{summary}</summary>
      <p className="pre-wrap">{text}</p>
    </details>
  );
}

function TouchItem({ touch, onStatus }: { touch: Touch; onStatus(message: string): void }) {
  const remove = useAction(() => deleteTouch(getDb(), touch.id, Date.now()), {
    failure: 'commonNotDeleted',
    onDone: () => onStatus(t('timelineDeleted', TOUCH_LABELS[touch.kind])),
    onError: onStatus,
  });
  const confirmRemove = () =>
    window.confirm(t('timelineDeleteConfirm', [TOUCH_LABELS[touch.kind], formatDateTime(touch.at)])) &&
    void remove.run();
  return (
    <>
      <div className="spread">
        <span>
          <strong>{TOUCH_LABELS[touch.kind]}</strong>{' '}
          <span className="muted small">· {CHANNEL_LABELS[touch.channel]}</span>
        </span>
        <time className="small muted" dateTime={isoDateTime(touch.at)}>
          {formatDateTime(touch.at)}
        </time>
      </div>
      {touch.subject && <p className="small">{t('timelineSubject', touch.subject)}</p>}
      {touch.text && <Collapsed summary={t('timelineMessage')} text={touch.text} />}
      {touch.appNote && <p className="small muted">{appNoteText(touch.appNote)}</p>}
      {touch.note && <p className="small pre-wrap">{touch.note}</p>}
      {(touch.kind === 'reply' || touch.kind === 'declined') && <AnswerReferrals answer={touch} onStatus={onStatus} />}
      {touch.promisedFollowUpAt !== undefined && (
        <p className="small">{t('timelinePromisedFollowUp', formatDay(touch.promisedFollowUpAt))}</p>
      )}
      <button type="button" className="link small" disabled={remove.busy} onClick={confirmRemove}>
        {t('commonDelete')}{' '}
        <span className="visually-hidden">
          {t('timelineTouchOf', [TOUCH_LABELS[touch.kind], formatDateTime(touch.at)])}
        </span>
      </button>
    </>
  );
}

export function TimelineItem({ entry, onStatus }: { entry: TimelineEntry; onStatus(message: string): void }) {
  if (entry.type === 'touch') {
    return (
      <li className="card" data-kind={entry.touch.kind}>
        <TouchItem touch={entry.touch} onStatus={onStatus} />
      </li>
    );
  }
  const { meeting } = entry;
  const href = routeHref({ view: 'meeting', meetingId: meeting.id });
  if (entry.type === 'notes') {
    return (
      <li className="card" data-kind="notes">
        <div className="spread">
          <strong>{t('timelineMeetingNotes')}</strong>
          <span className="small muted">{formatDateTime(entry.at)}</span>
        </div>
        <Collapsed summary={t('timelineNotes')} text={meeting.notes} />
      </li>
    );
  }
  return (
    <li className="card" data-kind="meeting">
      <div className="spread">
        <span>
          <strong>{t('timelineMeeting')}</strong>{' '}
          <span className="muted small">
            {t('timelineMeetingDetails', [MEETING_MODE_LABELS[meeting.mode], meeting.minutes, MEETING_STATUS_LABELS[meeting.status]])}
          </span>
        </span>
        <span className="small muted">{formatDateTime(meeting.at)}</span>
      </div>
      {meeting.place && <p className="small">{meeting.place}</p>}
      <a href={href}>{t('timelineOpenMeeting')}</a>
    </li>
  );
}
