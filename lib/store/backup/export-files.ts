/** The targets spreadsheet and the follow-up calendar, read from the database. */
import { calendarEntries, followUpsToIcs, targetsToCsv } from '@/lib/domain/formats';
import type { InroadsDb } from '@/lib/store/database';
import { loadSettings } from '@/lib/store/settings/settings';

const timeZoneOf = async (db: InroadsDb) => (await loadSettings(db)).timeZone || undefined;

/** Every target (not the candidates merely viewed), by name. */
export async function exportTargetsCsv(db: InroadsDb): Promise<{ text: string; count: number }> {
  const [people, timeZone] = await Promise.all([
    db.people.where('kind').equals('target').sortBy('name'),
    timeZoneOf(db),
  ]);
  return { text: targetsToCsv(people, { timeZone }), count: people.length };
}

/** Each target's next follow-up and every scheduled meeting, as an .ics calendar. */
export async function exportCalendar(db: InroadsDb, now: number): Promise<{ text: string; count: number }> {
  const [people, meetings, timeZone] = await Promise.all([
    db.people.where('kind').equals('target').toArray(),
    db.meetings.toArray(),
    timeZoneOf(db),
  ]);
  const entries = calendarEntries(people, meetings);
  return { text: followUpsToIcs(entries, now, { timeZone }), count: entries.length };
}

/** `inroads-targets-2024-05-30.csv` / `inroads-follow-ups-2024-05-30.ics` (UTC date of `now`). */
export function exportFileName(kind: 'targets' | 'follow-ups', now: number): string {
  const day = new Date(now).toISOString().slice(0, 10);
  return kind === 'targets' ? `inroads-targets-${day}.csv` : `inroads-follow-ups-${day}.ics`;
}
