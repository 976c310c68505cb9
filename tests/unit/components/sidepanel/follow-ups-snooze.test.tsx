// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/store';
import { logTouch } from '@/lib/store/history/touches';
import { FollowUpsView } from '@/components/sidepanel/follow-ups/FollowUpsView';
import { DAY, THURSDAY, resetAt, targetNamed } from './seed';

const now = THURSDAY; // Thursday 13 March 2025, 10:00 local

beforeEach(() => resetAt(now));
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

async function rowOf(name: string): Promise<HTMLElement> {
  const link = await screen.findByRole('link', { name });
  return link.closest('[data-testid="follow-up-row"]') as HTMLElement;
}

describe('the follow-up list says what Snooze did', () => {
  it('beside the row: "Snoozed … until Fri, Mar 14."', async () => {
    await targetNamed('Sam Lee', now);
    render(<FollowUpsView />);
    const row = await rowOf('Sam Lee');
    fireEvent.click(within(row).getByText('Snooze'));
    fireEvent.click(within(row).getByRole('button', { name: '1 day' }));
    await waitFor(() => expect(within(row).getByTestId('snooze-said').textContent).toMatch(/^Snoozed Sam Lee until Fri, Mar 14\.$/));
  });

  it('on a row already due later than the snooze date: nothing changes, and it says when the row is due', async () => {
    const kim = await targetNamed('Kim Park', now - 10 * DAY);
    const promised = new Date(2025, 2, 25, 9).getTime(); // Tue 25 Mar, after "1 week" (Thu 20 Mar)
    await logTouch(getDb(), { personId: kim.id, kind: 'request', at: now - DAY, channel: 'email', promisedFollowUpAt: promised }, now - DAY);
    render(<FollowUpsView />);
    const row = await rowOf('Kim Park');
    expect(row.dataset.section).toBe('waiting');
    fireEvent.click(within(row).getByText('Snooze'));
    fireEvent.click(within(row).getByRole('button', { name: '1 week' }));
    await waitFor(() =>
      expect(within(row).getByTestId('snooze-said').textContent).toMatch(/^Not snoozed: Kim Park is already due on Tue, Mar 25, after Thu, Mar 20\.$/),
    );
    expect((await getDb().people.get(kim.id))?.snoozedUntil).toBeUndefined();
  });

  it('groups a follow-up due tomorrow under Tomorrow, not Waiting on them', async () => {
    const ana = await targetNamed('Ana Silva', now - 10 * DAY);
    const tomorrow = new Date(2025, 2, 14, 9).getTime();
    await logTouch(getDb(), { personId: ana.id, kind: 'request', at: now - 6 * DAY, channel: 'email', promisedFollowUpAt: tomorrow }, now - 6 * DAY);
    render(<FollowUpsView />);
    expect((await rowOf('Ana Silva')).dataset.section).toBe('tomorrow');
    expect(screen.getByRole('heading', { name: /Tomorrow\s*1/ })).toBeTruthy();
  });
});
