import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getDb } from '@/lib/store';
import { loadSettings } from '@/lib/store/settings/settings';
import { formatDateTime } from '@/components/shared/labels';
import { MeetingDetailsForm } from './MeetingDetailsForm';
import { MeetingNotes } from './MeetingNotes';
import { MeetingPrep } from './MeetingPrep';
import { MeetingReminders } from './MeetingReminders';
import { ReferralsForm } from './ReferralsForm';
import { routeHref } from '@/components/sidepanel/use-route';
import { t } from '@/lib/domain/i18n';
import { textWith } from '@/components/shared/text-with';

/** One meeting: when and how, the questions to bring, the notes after, and the referrals given. */
export function MeetingView({ meetingId }: { meetingId: string }) {
  const db = getDb();
  const loaded = useLiveQuery(async () => {
    const meeting = await db.meetings.get(meetingId);
    if (!meeting) return null;
    const [person, settings] = await Promise.all([db.people.get(meeting.personId), loadSettings(db)]);
    return person ? { meeting, person, settings } : null;
  }, [db, meetingId]);
  const [status, setStatus] = useState('');
  if (loaded === undefined) return <p aria-busy="true">{t('commonLoading')}</p>;
  if (loaded === null) {
    return (
      <div className="card">
        <h1>{t('meetingNotFound')}</h1>
        <p>{t('meetingGone')}</p>
        <p>
          <a href={routeHref({ view: 'follow-ups' })}>{t('personBackToFollowUps')}</a>
        </p>
      </div>
    );
  }
  const { meeting, person, settings } = loaded;
  return (
    <>
      <h1>
        {textWith('meetingWith', [<a href={routeHref({ view: 'person', personId: person.id })}>{person.name}</a>])}
      </h1>
      <p className="muted">{t('meetingWhenLength', [formatDateTime(meeting.at), meeting.minutes])}</p>
      <p className="small ok" role="status" aria-live="polite">
        {status}
      </p>
      <MeetingReminders minutes={meeting.minutes} />
      <MeetingDetailsForm key={`details-${meeting.id}`} meeting={meeting} onStatus={setStatus} />
      <MeetingPrep meeting={meeting} person={person} settings={settings} onStatus={setStatus} />
      <MeetingNotes key={`notes-${meeting.id}`} meeting={meeting} onStatus={setStatus} />
      <ReferralsForm given={{ meeting }} person={person} settings={settings} onStatus={setStatus} />
    </>
  );
}
