import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addTarget } from '@/lib/store/use-cases/add-target';
import { logTouch } from '@/lib/store/history/touches';
import { badgeText, refreshToolbarBadge } from '@/lib/background/toolbar-badge';
import { DAILY_ALARM, nextDailyReminderAt, onReminderAlarm, scheduleReminders } from '@/lib/background/reminders';
import { saveSettings } from '@/lib/store/settings/settings-save';
import { freshDb } from '../helpers';

const DAY = 86_400_000;

describe('reminders', () => {
  it('shows the count of overdue and today on the toolbar', async () => {
    const db = freshDb();
    const now = Date.UTC(2026, 10, 18, 12);
    const overdue = await addTarget(db, { profileUrl: 'https://www.linkedin.com/in/a/', name: 'A' }, now - 20 * DAY);
    await logTouch(db, { personId: overdue.id, kind: 'request', at: now - 12 * DAY, channel: 'email' }, now - 12 * DAY);
    const waiting = await addTarget(db, { profileUrl: 'https://www.linkedin.com/in/b/', name: 'B' }, now);
    await logTouch(db, { personId: waiting.id, kind: 'request', at: now, channel: 'email' }, now);
    expect(await refreshToolbarBadge(db, now)).toBe(1);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('formats the badge text', () => {
    expect([0, 3, 99, 100].map(badgeText)).toEqual(['', '3', '99', '99+']);
  });

  it('schedules the daily reminder for the next 9:00', () => {
    const morning = new Date(2026, 10, 18, 7, 30).getTime();
    const evening = new Date(2026, 10, 18, 20, 0).getTime();
    expect(new Date(nextDailyReminderAt(morning)).getDate()).toBe(18);
    expect(new Date(nextDailyReminderAt(evening)).getDate()).toBe(19);
    expect(new Date(nextDailyReminderAt(evening)).getHours()).toBe(9);
  });

  it('keeps 9:00 on the wall clock of the zone in Settings across daylight-saving changes (a 24-hour period drifts)', () => {
    // Europe/Paris moves to summer time on Sunday 29 March 2026 (UTC+1 → UTC+2).
    const saturday = Date.UTC(2026, 2, 28, 9); // 10:00 in Paris
    const sunday = nextDailyReminderAt(saturday, 'Europe/Paris');
    expect(new Date(sunday).toISOString()).toBe('2026-03-29T07:00:00.000Z'); // 9:00 summer time
    expect(new Date(nextDailyReminderAt(sunday + 60_000, 'Europe/Paris')).toISOString()).toBe('2026-03-30T07:00:00.000Z');
    // A day's period after Saturday's 9:00 (08:00 UTC) would ring at 10:00 on Sunday.
    expect(nextDailyReminderAt(saturday, 'Europe/Paris')).not.toBe(Date.UTC(2026, 2, 28, 8) + DAY);
    // Los Angeles leaves summer time on Sunday 1 November 2026 (UTC−7 → UTC−8).
    const before = nextDailyReminderAt(Date.UTC(2026, 9, 31, 20), 'America/Los_Angeles');
    expect(new Date(before).toISOString()).toBe('2026-11-01T17:00:00.000Z');
    expect(new Date(nextDailyReminderAt(before + 60_000, 'America/Los_Angeles')).toISOString()).toBe(
      '2026-11-02T17:00:00.000Z',
    );
  });

  it('is a one-time alarm at the next 9:00 in the zone of Settings, set again each time it rings', async () => {
    const db = freshDb();
    await saveSettings(db, { timeZone: 'Pacific/Auckland' });
    const now = Date.UTC(2026, 3, 4, 12); // Sunday 5 April, 00:00 in Auckland (the day summer time ends)
    await scheduleReminders(db, now);
    const first = await fakeBrowser.alarms.get(DAILY_ALARM);
    expect(first?.periodInMinutes).toBeUndefined();
    expect(new Date(first!.scheduledTime).toISOString()).toBe('2026-04-04T21:00:00.000Z'); // 9:00 NZST (UTC+12)
    await onReminderAlarm(db, DAILY_ALARM, first!.scheduledTime);
    const next = await fakeBrowser.alarms.get(DAILY_ALARM);
    expect(new Date(next!.scheduledTime).toISOString()).toBe('2026-04-05T21:00:00.000Z');
  });
});
