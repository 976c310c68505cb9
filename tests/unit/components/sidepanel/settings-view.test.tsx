// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettingsView } from '@/components/sidepanel/settings/SettingsView';
import { getDb } from '@/lib/store';
import { loadSettings } from '@/lib/store/settings/settings';
import { saveSettings } from '@/lib/store/settings/settings-save';
import { logTouch } from '@/lib/store/history/touches';
import { personOf } from './targets-fixtures';

const db = getDb();
const DAY = 86_400_000;
const cadenceForm = () => screen.getByRole('form', { name: 'Follow-up rhythm' });
const cadenceStatus = () => screen.getByTestId('cadence-status').textContent ?? '';

async function renderView() {
  render(<SettingsView />);
  await screen.findByRole('heading', { name: 'Settings', level: 1 });
}

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});
afterEach(cleanup);

describe('SettingsView', { timeout: 20_000 }, () => {
  it('shows your details, the defaults (Tuesday–Thursday) and what Inroads stores', async () => {
    await renderView();
    expect(screen.getByTestId('your-details')).toBeTruthy();
    const form = cadenceForm();
    expect((within(form).getByLabelText('Follow up after (days)') as HTMLInputElement).value).toBe('7');
    const checked = within(form)
      .getAllByRole('checkbox')
      .filter((c) => (c as HTMLInputElement).checked)
      .map((c) => c.closest('label')!.textContent);
    expect(checked).toEqual(['Tuesday', 'Wednesday', 'Thursday']);
    expect((within(form).getByLabelText('Time zone') as HTMLSelectElement).value).toBe('');
    expect(screen.getByTestId('storage-note').textContent).toMatch(/IndexedDB.*unless you export/s);
  });

  it('saves the follow-up rhythm and recomputes every target’s next action', async () => {
    const now = Date.now();
    await db.people.bulkPut([personOf({ id: 'a', name: 'Ana' }), personOf({ id: 'b', name: 'Ben' })]);
    await logTouch(db, { personId: 'a', kind: 'request', at: now, channel: 'email' }, now);
    const before = (await db.people.get('a'))!.nextActionAt!;
    await renderView();
    const form = cadenceForm();
    fireEvent.change(within(form).getByLabelText('Follow up after (days)'), { target: { value: '20' } });
    fireEvent.click(within(form).getByLabelText('Monday'));
    fireEvent.change(within(form).getByLabelText('Time zone'), { target: { value: 'UTC' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save follow-up rhythm' }));
    await waitFor(() => expect(cadenceStatus()).toBe('Saved. Follow-up dates updated for 2 targets.'));
    expect(await loadSettings(db)).toMatchObject({ followUpDays: 20, preferredDays: [1, 2, 3, 4], timeZone: 'UTC' });
    const after = (await db.people.get('a'))!;
    expect(after.nextAction?.kind).toBe('follow-up');
    expect(after.nextActionAt!).toBeGreaterThan(before + 10 * DAY);
  });

  it('rejects invalid values with an error and saves nothing', async () => {
    await renderView();
    const form = cadenceForm();
    const days = within(form).getByLabelText('Follow up after (days)');
    fireEvent.change(days, { target: { value: '0' } });
    fireEvent.change(within(form).getByLabelText('Move on after (unanswered messages)'), { target: { value: '6' } });
    for (const day of ['Tuesday', 'Wednesday', 'Thursday']) fireEvent.click(within(form).getByLabelText(day));
    fireEvent.click(within(form).getByRole('button', { name: 'Save follow-up rhythm' }));
    await waitFor(() => expect(cadenceStatus()).toMatch(/Not saved/));
    expect(form.textContent).toContain('Follow-up days: enter a whole number from 1 to 60.');
    expect(form.textContent).toContain('Pick at least one calling day.');
    expect(form.textContent).toContain('The hard stop must come at or after moving on.');
    expect(days.getAttribute('aria-invalid')).toBe('true');
    expect(await loadSettings(db)).toMatchObject({ followUpDays: 7, preferredDays: [2, 3, 4], moveOnAfter: 3 });

    fireEvent.change(days, { target: { value: '' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save follow-up rhythm' }));
    await waitFor(() => expect(form.textContent).toContain('enter a whole number'));
    expect((await loadSettings(db)).followUpDays).toBe(7);
  });

  it('saves the badge and daily reminder toggles at once, and they persist', async () => {
    await renderView();
    const badge = screen.getByLabelText('Show the Inroads badge on LinkedIn profiles') as HTMLInputElement;
    const daily = screen.getByLabelText('Daily reminder notification') as HTMLInputElement;
    expect(badge.checked).toBe(true);
    expect(daily.checked).toBe(false);
    fireEvent.click(badge);
    await waitFor(async () => expect((await loadSettings(db)).badgeEnabled).toBe(false));
    await waitFor(() => expect(badge.checked).toBe(false));
    expect(screen.getByText('The badge is off.')).toBeTruthy();
    fireEvent.click(daily);
    await waitFor(async () => expect((await loadSettings(db)).dailyNotification).toBe(true));

    cleanup();
    await renderView();
    expect((screen.getByLabelText('Show the Inroads badge on LinkedIn profiles') as HTMLInputElement).checked).toBe(
      false,
    );
    expect((screen.getByLabelText('Daily reminder notification') as HTMLInputElement).checked).toBe(true);
  });

  it('shows a saved named time zone as selected', async () => {
    await saveSettings(db, { timeZone: 'Europe/Paris' });
    await renderView();
    expect((within(cadenceForm()).getByLabelText('Time zone') as HTMLSelectElement).value).toBe('Europe/Paris');
  });
});
