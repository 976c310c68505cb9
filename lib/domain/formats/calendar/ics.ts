/**
 * Follow-ups and meetings as an iCalendar file (RFC 5545) to import into any
 * calendar. Each entry's UID is derived from its own id, so importing a newer
 * export updates events instead of duplicating them.
 *
 * - Timed entries are written in UTC (`…Z`); without an end, a meeting lasts
 *   20 minutes (the method's ask) and a follow-up 15.
 * - All-day entries (`VALUE=DATE`) cover the days from `start` to `end`
 *   inclusive (end defaults to start), read in `timeZone`; they do not block
 *   time (TRANSP:TRANSPARENT) and remind at 09:00 that morning.
 * - Timed entries remind 15 minutes before.
 *
 * Kept over a library (measured 2026-11): `ics` 3.12 folds at 75 characters,
 * not octets, and leaves alarm text unescaped (+19 KB gz to the export chunk);
 * ical-generator 11 needs workarounds (all-day reminders land a day late by
 * default) and adds 8.4 KB gz (×2).
 */
import { t } from '@/lib/domain/i18n';
import { isStorableDate } from '@/lib/domain/model/limits';
import { dayIn, nextDay } from './date';
import { escapeIcsText, foldIcsLine, icsDate, icsUri, icsUtc } from './ics-text';

export interface CalendarEntry {
  /** The entry's own stable id (e.g. a meeting id, or `follow-up-<personId>`). */
  uid: string;
  kind: 'follow-up' | 'meeting';
  title: string;
  description?: string;
  /** Epoch ms. */
  start: number;
  end?: number;
  allDay?: boolean;
  url?: string;
}

export interface IcsOptions {
  /** IANA zone for all-day dates; empty or absent means the runtime's (browser's). */
  timeZone?: string;
}

export const ICS_UID_DOMAIN = 'inroads.local';
export const ICS_PRODID = '-//Inroads//Inroads follow-ups 1.0//EN';
const CRLF = '\r\n';
const MINUTE = 60_000;

/** A stable, globally unique UID for an entry id (percent-encoded, then @domain). */
export function icsUid(entryId: string): string {
  return `${encodeURIComponent(entryId)}@${ICS_UID_DOMAIN}`;
}

function timing(entry: CalendarEntry, timeZone: string | undefined): string[] {
  if (entry.allDay) {
    const first = dayIn(entry.start, timeZone);
    const last = entry.end !== undefined && entry.end > entry.start ? dayIn(entry.end, timeZone) : first;
    return [`DTSTART;VALUE=DATE:${icsDate(first)}`, `DTEND;VALUE=DATE:${icsDate(nextDay(last))}`, 'TRANSP:TRANSPARENT'];
  }
  const minutes = entry.kind === 'meeting' ? 20 : 15;
  const end = entry.end !== undefined && Number.isFinite(entry.end) && entry.end > entry.start ? entry.end : entry.start + minutes * MINUTE;
  return [`DTSTART:${icsUtc(entry.start)}`, `DTEND:${icsUtc(end)}`];
}

function eventLines(entry: CalendarEntry, stamp: string, timeZone: string | undefined): string[] {
  const fallback = entry.kind === 'meeting' ? t('calendarMeetingFallback') : t('calendarFollowUpFallback');
  const summary = escapeIcsText(entry.title.trim() || fallback);
  const lines = ['BEGIN:VEVENT', `UID:${icsUid(entry.uid)}`, `DTSTAMP:${stamp}`, ...timing(entry, timeZone)];
  lines.push(`SUMMARY:${summary}`);
  if (entry.description) lines.push(`DESCRIPTION:${escapeIcsText(entry.description)}`);
  const url = icsUri(entry.url);
  if (url) lines.push(`URL:${url}`);
  // Category names stay the same in every language: a calendar filters by them across exports.
  lines.push(`CATEGORIES:${entry.kind === 'meeting' ? 'Meeting' : 'Follow-up'}`);
  lines.push(
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${summary}`,
    entry.allDay ? 'TRIGGER:PT9H' : 'TRIGGER:-PT15M',
    'END:VALARM',
    'END:VEVENT',
  );
  return lines;
}

export function followUpsToIcs(events: readonly CalendarEntry[], now: number, options: IcsOptions = {}): string {
  const stamp = icsUtc(now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${ICS_PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(t('extName'))}`,
  ];
  // An entry without a usable date is left out (never DTSTART:0NaN…).
  for (const entry of events) if (isStorableDate(entry.start)) lines.push(...eventLines(entry, stamp, options.timeZone));
  lines.push('END:VCALENDAR');
  return lines.flatMap(foldIcsLine).join(CRLF) + CRLF;
}
