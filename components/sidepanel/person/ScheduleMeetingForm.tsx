import { useState } from 'react';
import { getDb } from '@/lib/store';
import { scheduleMeeting } from '@/lib/store/history/meetings';
import { MeetingMode, type Person } from '@/lib/domain/model';
import { MEETING_MODE_LABELS } from '@/lib/domain/labels';
import { fromDateTimeInput, toDateTimeInput, unusualDateWarning } from '@/components/sidepanel/date-time-input';
import { atHourOfDay } from '@/components/shared/labels';
import { navigate } from '@/components/sidepanel/use-route';
import { t } from '@/lib/domain/i18n';
import { InroadsError } from '@/lib/domain/errors';
import { FormError } from '@/components/shared/FormError';
import { useAction } from '@/components/shared/use-action';
import { MEETING_LIMITS } from '@/lib/domain/model/limits';

/** Tomorrow at noon (in the zone of Settings): a sensible first guess the user changes. */
const tomorrowNoon = (now: number) => atHourOfDay(now, 1, 12);

function meetingDateWarning(at: number, now: number): string {
  if (at < now) return unusualDateWarning(at, now) || t('scheduleInPast');
  if (at > now + 365 * 86_400_000) return t('scheduleFarAway');
  return '';
}

/** Adds the meeting the user agreed (about 20 minutes, in person if possible), then opens it. */
export function ScheduleMeetingForm({ person, onStatus }: { person: Person; onStatus(message: string): void }) {
  const [open, setOpen] = useState(false);
  const [openedAt] = useState(() => Date.now());
  const [when, setWhen] = useState(() => toDateTimeInput(tomorrowNoon(openedAt)));
  const [minutes, setMinutes] = useState('20');
  const [mode, setMode] = useState<MeetingMode>('in-person');
  const [place, setPlace] = useState('');
  const at = fromDateTimeInput(when);
  const warning = at === undefined ? '' : meetingDateWarning(at, openedAt);
  const add = useAction(
    async () => {
      const length = Number(minutes);
      if (at === undefined) throw new InroadsError('scheduleEnterWhen');
      if (!Number.isInteger(length) || length < 5 || length > 600) throw new InroadsError('scheduleLength');
      const place$ = place.trim();
      const input = { personId: person.id, at, minutes: length, mode, ...(place$ ? { place: place$ } : {}) };
      return scheduleMeeting(getDb(), input, Date.now());
    },
    {
      failure: 'scheduleNotAdded',
      onDone: (meeting) => {
        onStatus(t('scheduleAdded'));
        navigate({ view: 'meeting', meetingId: meeting.id });
      },
    },
  );
  if (!open) {
    return (
      <p>
        <button type="button" onClick={() => setOpen(true)} aria-expanded={false}>
          {t('scheduleOpen')}
        </button>
      </p>
    );
  }
  return (
    <form className="card stack" onSubmit={add.submit} aria-label={t('scheduleOpen')}>
      <div className="row">
        <label>
          <span className="label">{t('commonWhen')}</span>
          <input type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} required />
        </label>
        <label>
          <span className="label">{t('scheduleMinutes')}</span>
          <input
            type="number"
            min={5}
            max={600}
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
            style={{ width: '5em' }}
          />
        </label>
        <label>
          <span className="label">{t('scheduleHow')}</span>
          <select value={mode} onChange={(e) => setMode(e.target.value as MeetingMode)}>
            {MeetingMode.options.map((m) => (
              <option key={m} value={m}>
                {MEETING_MODE_LABELS[m]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label>
        <span className="label">{t('schedulePlace')}</span>
        <input
          value={place}
          maxLength={MEETING_LIMITS.place}
          onChange={(e) => setPlace(e.target.value)}
          placeholder={t('schedulePlaceExample')}
          style={{ width: '100%' }}
        />
      </label>
      {warning && <p className="warning small">{warning}</p>}
      <p className="small muted">{t('scheduleAdvice')}</p>
      <div className="row">
        <button type="submit" className="primary" disabled={add.busy}>
          {t('scheduleAdd')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('commonCancel')}
        </button>
      </div>
      <FormError error={add.error} />
    </form>
  );
}
