import { useState } from 'react';
import { getDb } from '@/lib/store';
import { updateMeeting, type MeetingChange } from '@/lib/store/history/meetings';
import { MeetingMode, MeetingStatus, type Meeting } from '@/lib/domain/model';
import { MEETING_MODE_LABELS, MEETING_STATUS_LABELS } from '@/lib/domain/labels';
import { fromDateTimeInput, toDateTimeInput } from '@/components/sidepanel/date-time-input';
import { t } from '@/lib/domain/i18n';
import { useQueuedAction } from '@/components/shared/use-action';

/** When, how long, how and where; and whether it was held. Each field saves as it changes. */
export function MeetingDetailsForm({ meeting, onStatus }: { meeting: Meeting; onStatus(message: string): void }) {
  const [when, setWhen] = useState(toDateTimeInput(meeting.at));
  const [minutes, setMinutes] = useState(String(meeting.minutes));
  const [place, setPlace] = useState(meeting.place ?? '');
  // Each field saves as it changes: queued, so a quick second change is not dropped.
  const saving = useQueuedAction((change: MeetingChange) => updateMeeting(getDb(), meeting.id, change, Date.now()), {
    failure: 'commonNotSaved',
    onDone: () => onStatus(t('meetingSaved')),
    onError: onStatus,
  });
  const save = saving.run;
  const saveWhen = () => {
    const at = fromDateTimeInput(when);
    if (at !== undefined && at !== meeting.at) void save({ at });
  };
  const saveMinutes = () => {
    const value = Number(minutes);
    if (Number.isInteger(value) && value >= 5 && value <= 600) {
      if (value !== meeting.minutes) void save({ minutes: value });
    } else {
      setMinutes(String(meeting.minutes));
      onStatus(t('scheduleLength'));
    }
  };
  return (
    <section aria-labelledby="meeting-details">
      <h2 id="meeting-details">{t('meetingDetailsTitle')}</h2>
      <div className="row">
        <label>
          <span className="label">{t('commonWhen')}</span>
          <input type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} onBlur={saveWhen} />
        </label>
        <label>
          <span className="label">{t('scheduleMinutes')}</span>
          <input
            type="number"
            min={5}
            max={600}
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
            onBlur={saveMinutes}
            style={{ width: '5em' }}
          />
        </label>
        <label>
          <span className="label">{t('scheduleHow')}</span>
          <select value={meeting.mode} onChange={(e) => void save({ mode: e.target.value as MeetingMode })}>
            {MeetingMode.options.map((m) => (
              <option key={m} value={m}>
                {MEETING_MODE_LABELS[m]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="label">{t('meetingStatus')}</span>
          <select value={meeting.status} onChange={(e) => void save({ status: e.target.value as MeetingStatus })}>
            {MeetingStatus.options.map((s) => (
              <option key={s} value={s}>
                {MEETING_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label>
        <span className="label">{t('meetingWhere')}</span>
        <input
          value={place}
          onChange={(e) => setPlace(e.target.value)}
          onBlur={() => place.trim() !== (meeting.place ?? '') && void save({ place: place.trim() })}
          style={{ width: '100%' }}
        />
      </label>
    </section>
  );
}
