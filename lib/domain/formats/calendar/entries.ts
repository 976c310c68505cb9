/**
 * The calendar entries for an .ics export: each person's next follow-up (an
 * all-day entry on its due day, one per person so a later export moves it)
 * and each scheduled meeting (timed, for its length).
 */
import { t } from '@/lib/domain/i18n';
import { MEETING_MODE_LABELS, nextActionLabel, reasonText } from '@/lib/domain/labels';
import type { Meeting, Person } from '@/lib/domain/model';
import { isStorableDate } from '@/lib/domain/model/limits';
import type { CalendarEntry } from './ics';

function followUpEntry(person: Person): CalendarEntry | null {
  const next = person.nextAction;
  // A damaged date leaves this entry out, never the file (a backup refuses such dates; older data may hold one).
  if (!next || !isStorableDate(next.due)) return null;
  const snoozed = isStorableDate(person.snoozedUntil) ? person.snoozedUntil : 0;
  const start = Math.max(next.due, snoozed);
  const action = reasonText(next.reason) || nextActionLabel(next.kind);
  const entry: CalendarEntry = {
    uid: `follow-up-${person.id}`,
    kind: 'follow-up',
    title: t('calendarFollowUpTitle', [person.name, action]),
    start,
    allDay: true,
  };
  if (person.company) entry.description = t('calendarFollowUpDescription', [person.name, person.company, action]);
  if (person.profileUrl) entry.url = person.profileUrl;
  return entry;
}

function meetingEntry(meeting: Meeting, person: Person | undefined): CalendarEntry {
  const mode = MEETING_MODE_LABELS[meeting.mode];
  const details = [meeting.place ? t('calendarMeetingModePlace', [mode, meeting.place]) : mode];
  if (meeting.questions.length > 0) {
    details.push(t('calendarMeetingQuestions'), ...meeting.questions.map((q) => `- ${q}`));
  }
  const entry: CalendarEntry = {
    uid: `meeting-${meeting.id}`,
    kind: 'meeting',
    title: person ? t('calendarMeetingTitle', person.name) : t('calendarMeetingTitleSomeone'),
    description: details.join('\n'),
    start: meeting.at,
    end: meeting.at + meeting.minutes * 60_000,
  };
  if (person?.profileUrl) entry.url = person.profileUrl;
  return entry;
}

/** Follow-ups of everyone with a next action, then scheduled meetings. */
export function calendarEntries(people: readonly Person[], meetings: readonly Meeting[]): CalendarEntry[] {
  const byId = new Map(people.map((person) => [person.id, person]));
  const entries: CalendarEntry[] = [];
  for (const person of people) {
    const entry = followUpEntry(person);
    if (entry) entries.push(entry);
  }
  for (const meeting of meetings) {
    if (meeting.status === 'scheduled' && isStorableDate(meeting.at)) entries.push(meetingEntry(meeting, byId.get(meeting.personId)));
  }
  return entries;
}
