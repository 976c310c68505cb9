import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addTarget } from '@/lib/store/use-cases/add-target';
import { logTouch } from '@/lib/store/history/touches';
import { badgeText, refreshToolbarBadge } from '@/lib/background/toolbar-badge';
import { nextDailyReminderAt } from '@/lib/background/reminders';
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
});
