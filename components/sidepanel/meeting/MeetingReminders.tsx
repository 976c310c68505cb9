import { t } from '@/lib/domain/i18n';
/** The method's reminders for the meeting itself. */
export function MeetingReminders({ minutes }: { minutes: number }) {
  return (
    <aside className="card small" aria-labelledby="meeting-reminders">
      <h2 id="meeting-reminders">{t('meetingRemember')}</h2>
      <ul className="reasons">
        <li>{t('meetingRemindClock', minutes)}</li>
        <li>{t('meetingRemindAdvice')}</li>
        <li>{t('meetingRemindWhoElse')}</li>
        <li>{t('meetingRemindNotes')}</li>
        <li>{t('meetingRemindThanks')}</li>
      </ul>
    </aside>
  );
}
