// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/store';
import { logTouch } from '@/lib/store/history/touches';
import { Timeline } from '@/components/sidepanel/person/Timeline';
import { DAY, THURSDAY, resetAt, targetNamed } from './seed';

const now = THURSDAY;

beforeEach(() => resetAt(now));
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('referrals from a decline, on the timeline', () => {
  it('records "ask Jordan instead" with may-I-use-your-name and a check-back, through the referrals use case', async () => {
    const jane = await targetNamed('Jane Doe', now - 20 * DAY);
    await logTouch(getDb(), { personId: jane.id, kind: 'request', at: now - 9 * DAY, channel: 'email' }, now - 9 * DAY);
    const decline = await logTouch(getDb(), { personId: jane.id, kind: 'declined', at: now - DAY, channel: 'email' }, now - DAY);
    render(<Timeline personId={jane.id} onStatus={() => undefined} />);
    fireEvent.click(await screen.findByText('Did they suggest someone else? Add referrals'));
    const fields = await screen.findByTestId('referral-fields');
    fireEvent.change(within(fields).getByRole('textbox', { name: 'Name' }), { target: { value: 'Jordan Lee' } });
    fireEvent.click(within(fields).getByRole('checkbox', { name: /May I use your name/ }));
    fireEvent.click(within(fields).getByRole('checkbox', { name: /will contact them first/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Save referrals' }));
    const given = await screen.findByTestId('referrals-given');
    expect(await within(given).findByRole('link', { name: 'Jordan Lee' })).toBeTruthy();
    await waitFor(async () => expect((await getDb().touches.get(decline.id))?.referrals).toHaveLength(1));
    const [referral] = (await getDb().touches.get(decline.id))!.referrals!;
    expect(referral).toMatchObject({ nameAllowed: true });
    expect(referral!.checkBackAt).toBeGreaterThan(now);
    const jordan = await getDb().people.get(referral!.personId);
    expect(jordan).toMatchObject({ name: 'Jordan Lee', referredById: jane.id, referrerNameAllowed: true });
    expect((await getDb().people.get(jane.id))?.nextAction).toMatchObject({ kind: 'check-back-referrer', due: referral!.checkBackAt });
  });
});
