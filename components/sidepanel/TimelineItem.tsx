import { getDb } from '../../lib/db';
import type { TimelineEntry } from '../../lib/db/person-history';
import { deleteTouch } from '../../lib/db/touches';
import type { Touch } from '../../lib/model';
import { TOUCH_LABELS } from '../../lib/outreach/labels';
import { formatDateTime, formatDay } from '../labels';
import { CHANNEL_LABELS, MODE_LABELS } from './channel-labels';
import { routeHref } from './use-route';

const STATUS_LABELS = { scheduled: 'scheduled', done: 'held', cancelled: 'cancelled' } as const;

function Collapsed({ summary, text }: { summary: string; text: string }) {
  return (
    <details>
      <summary className="small">{summary}</summary>
      <p className="pre-wrap">{text}</p>
    </details>
  );
}

function TouchItem({ touch, onStatus }: { touch: Touch; onStatus(message: string): void }) {
  const remove = async () => {
    if (
      !window.confirm(
        `Delete “${TOUCH_LABELS[touch.kind]}” of ${formatDateTime(touch.at)}? Use this for something logged by mistake.`,
      )
    )
      return;
    try {
      await deleteTouch(getDb(), touch.id, Date.now());
      onStatus(`Deleted: ${TOUCH_LABELS[touch.kind]}.`);
    } catch (e) {
      onStatus(`Not deleted: ${(e as Error).message}`);
    }
  };
  return (
    <>
      <div className="spread">
        <span>
          <strong>{TOUCH_LABELS[touch.kind]}</strong>{' '}
          <span className="muted small">· {CHANNEL_LABELS[touch.channel]}</span>
        </span>
        <time className="small muted" dateTime={new Date(touch.at).toISOString()}>
          {formatDateTime(touch.at)}
        </time>
      </div>
      {touch.subject && <p className="small">Subject: {touch.subject}</p>}
      {touch.text && <Collapsed summary="Message" text={touch.text} />}
      {touch.note && <p className="small pre-wrap">{touch.note}</p>}
      {touch.promisedFollowUpAt !== undefined && (
        <p className="small">Promised follow-up: {formatDay(touch.promisedFollowUpAt)}</p>
      )}
      <button type="button" className="link small" onClick={remove}>
        Delete{' '}
        <span className="visually-hidden">
          {TOUCH_LABELS[touch.kind]} of {formatDateTime(touch.at)}
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
          <strong>Meeting notes</strong>
          <span className="small muted">{formatDateTime(entry.at)}</span>
        </div>
        <Collapsed summary="Notes" text={meeting.notes} />
      </li>
    );
  }
  return (
    <li className="card" data-kind="meeting">
      <div className="spread">
        <span>
          <strong>Meeting</strong>{' '}
          <span className="muted small">
            · {MODE_LABELS[meeting.mode]}, {meeting.minutes} min, {STATUS_LABELS[meeting.status]}
          </span>
        </span>
        <span className="small muted">{formatDateTime(meeting.at)}</span>
      </div>
      {meeting.place && <p className="small">{meeting.place}</p>}
      <a href={href}>Open the meeting</a>
    </li>
  );
}
