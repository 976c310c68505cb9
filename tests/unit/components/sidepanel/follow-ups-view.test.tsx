// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/store';
import { scheduleMeeting } from '@/lib/store/history/meetings';
import { logTouch } from '@/lib/store/history/touches';
import { FollowUpsView } from '@/components/sidepanel/follow-ups/FollowUpsView';
import { PAGE_SIZE } from '@/components/sidepanel/follow-ups/FollowUpGroup';
import { SECTION_LIMIT } from '@/lib/store/history/follow-ups';
import { DAY, THURSDAY, resetAt, targetNamed } from './seed';

const now = THURSDAY;

beforeEach(() => resetAt(now));
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

async function rowOf(name: string): Promise<HTMLElement> {
  const link = await screen.findByRole('link', { name });
  return link.closest('[data-testid="follow-up-row"]') as HTMLElement;
}

async function waitForSection(name: string, section: string) {
  await waitFor(async () => expect((await rowOf(name)).dataset.section).toBe(section));
}

describe('FollowUpsView', () => {
  it('shows a friendly empty state when nothing is owed', async () => {
    render(<FollowUpsView />);
    expect(await screen.findByRole('heading', { name: 'Nothing owed right now' })).toBeTruthy();
    expect(screen.getByText(/open someone’s profile on LinkedIn/)).toBeTruthy();
  });

  it('puts a request sent 8 days ago under Overdue, drafts the follow-up, and Done moves it to Waiting on them', async () => {
    const jane = await targetNamed('Jane Doe', now - 9 * DAY);
    await logTouch(getDb(), { personId: jane.id, kind: 'request', at: now - 8 * DAY, channel: 'email' }, now - 8 * DAY);
    await targetNamed('Sam Lee', now);
    render(<FollowUpsView />);

    const row = await rowOf('Jane Doe');
    expect(row.dataset.section).toBe('overdue');
    expect(within(row).getByText(/Overdue/)).toBeTruthy();
    expect(within(row).getByText('Follow up')).toBeTruthy();
    expect(screen.getByRole('heading', { name: /Overdue\s*1/ })).toBeTruthy();
    expect((await rowOf('Sam Lee')).dataset.section).toBe('today');

    fireEvent.click(within(row).getByRole('button', { name: 'Draft' }));
    const message = (await within(row).findByRole('textbox', { name: 'Message' })) as HTMLTextAreaElement;
    expect(message.value).toMatch(/following up/);
    expect(within(row).getByText(/Template: First follow-up/)).toBeTruthy();
    expect(within(row).getByRole('link', { name: 'Open as email' }).getAttribute('href')).toMatch(/^mailto:/);

    fireEvent.click(within(row).getByRole('button', { name: 'Done' }));
    await waitForSection('Jane Doe', 'waiting');
    expect(await screen.findByText('Follow-up sent recorded for Jane Doe.')).toBeTruthy();
    const touches = (await getDb().touches.toArray()).filter((t) => t.kind === 'follow-up');
    expect(touches).toHaveLength(1);
    expect(touches[0]?.personId).toBe(jane.id);
  });

  it('marks a drafted follow-up as sent with its text and promised date', async () => {
    const jane = await targetNamed('Jane Doe', now - 9 * DAY);
    await logTouch(getDb(), { personId: jane.id, kind: 'request', at: now - 8 * DAY, channel: 'email' }, now - 8 * DAY);
    render(<FollowUpsView />);
    const row = await rowOf('Jane Doe');
    fireEvent.click(within(row).getByRole('button', { name: 'Draft' }));
    const message = await within(row).findByRole('textbox', { name: 'Message' });
    fireEvent.change(message, { target: { value: 'Hi Jane, following up on my note. — Alex' } });
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    fireEvent.click(within(row).getByRole('button', { name: 'Mark as sent' }));
    await waitForSection('Jane Doe', 'waiting');
    // The subject still has the company to fill in: it asked before recording.
    expect(confirm).toHaveBeenCalledWith(expect.stringMatching(/still has .*company/));
    const [sent] = (await getDb().touches.toArray()).filter((t) => t.kind === 'follow-up');
    expect(sent?.text).toBe('Hi Jane, following up on my note. — Alex');
    expect(sent?.templateId).toBe('builtin-follow-up-1');
    expect(sent?.promisedFollowUpAt).toBeGreaterThan(now);
    expect((await getDb().people.get(jane.id))?.nextAction?.due).toBe(sent?.promisedFollowUpAt);
  });

  it('snoozes a row for a week and skips one to the next cycle', async () => {
    const sam = await targetNamed('Sam Lee', now);
    const kim = await targetNamed('Kim Park', now);
    render(<FollowUpsView />);
    const row = await rowOf('Sam Lee');
    expect(row.dataset.section).toBe('today');
    fireEvent.click(within(row).getByText('Snooze'));
    fireEvent.click(within(row).getByRole('button', { name: '1 week' }));
    await waitForSection('Sam Lee', 'this-week');
    const snoozed = await getDb().people.get(sam.id);
    expect(snoozed?.snoozedUntil).toBe(new Date(2025, 2, 20).getTime());
    expect(await getDb().touches.count()).toBe(0);

    const skip = within(await rowOf('Kim Park')).getByRole('button', { name: 'Skip' });
    expect(skip.getAttribute('title')).toMatch(/next cycle \(7 days/);
    fireEvent.click(skip);
    await waitForSection('Kim Park', 'this-week');
    expect((await getDb().people.get(kim.id))?.snoozedUntil).toBe(new Date(2025, 2, 20).getTime());
  });

  it('opens the meeting to prepare, and Done hides it until the meeting starts', async () => {
    const kim = await targetNamed('Kim Park', now - DAY);
    const meeting = await scheduleMeeting(getDb(), { personId: kim.id, at: now + 2 * DAY, mode: 'video' }, now - DAY);
    location.hash = '';
    render(<FollowUpsView />);
    const row = await rowOf('Kim Park');
    expect(within(row).getByText('Prepare the meeting')).toBeTruthy();
    expect(within(row).queryByRole('button', { name: 'Draft' })).toBeNull();
    fireEvent.click(within(row).getByRole('button', { name: 'Open the meeting' }));
    await waitFor(() => expect(location.hash).toBe(`#/meeting/${meeting.id}`));
    fireEvent.click(within(row).getByRole('button', { name: 'Done' }));
    await waitFor(async () => expect((await getDb().people.get(kim.id))?.nextAction?.due).toBe(meeting.at));
    expect(await getDb().touches.count()).toBe(0);
  });

  it('moves on after three unanswered requests only once confirmed', async () => {
    const lee = await targetNamed('Lee Chan', now - 60 * DAY);
    for (const days of [50, 40, 30]) {
      await logTouch(
        getDb(),
        { personId: lee.id, kind: 'request', at: now - days * DAY, channel: 'email' },
        now - days * DAY,
      );
    }
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    render(<FollowUpsView />);
    const row = await rowOf('Lee Chan');
    expect(within(row).getByText('Try another route', { selector: 'strong' })).toBeTruthy();
    expect(within(row).getByRole('button', { name: 'Try another route' })).toBeTruthy();
    fireEvent.click(within(row).getByRole('button', { name: 'Move on' }));
    await waitFor(() => expect(confirm).toHaveBeenCalledTimes(1));
    expect((await getDb().people.get(lee.id))?.stage).toBe('requested');
    confirm.mockReturnValue(true);
    fireEvent.click(within(row).getByRole('button', { name: 'Move on' }));
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Lee Chan' })).toBeNull());
    expect((await getDb().people.get(lee.id))?.stage).toBe('moved-on');
  });

  it(`renders a long section ${PAGE_SIZE} rows at a time, reading only the ${SECTION_LIMIT} most pressing`, async () => {
    const people = Array.from({ length: 120 }, (_, i) => ({
      id: `p${i}`,
      kind: 'target' as const,
      stage: 'to-contact' as const,
      name: `Person ${String(i).padStart(3, '0')}`,
      degree: 'unknown' as const,
      mutuals: [],
      notes: '',
      userEdited: [],
      nextAction: { kind: 'send-request', due: now - DAY - i, reason: { code: 'send-request' as const, params: [`P${i}`] } },
      nextActionAt: now - DAY - i,
      createdAt: 0,
      updatedAt: 0,
    }));
    await getDb().people.bulkAdd(people);
    render(<FollowUpsView />);
    // (Text queries: role queries are slow on a large jsdom tree.)
    expect(await screen.findAllByTestId('follow-up-row')).toHaveLength(PAGE_SIZE);
    // The exact count comes from the index, in its own query.
    expect((await screen.findByText(`The ${SECTION_LIMIT} most pressing are listed`, { exact: false })).textContent).toMatch(/All 120 are on the\s+Targets tab/);
    expect(screen.getByText('Overdue', { selector: 'h2' }).textContent).toBe('Overdue 120');
    fireEvent.click(screen.getByText(`Show ${PAGE_SIZE} more of ${SECTION_LIMIT - PAGE_SIZE}`));
    expect(screen.getAllByTestId('follow-up-row')).toHaveLength(2 * PAGE_SIZE);
    // The most overdue come first.
    expect(screen.getAllByTestId('follow-up-row')[0]!.textContent).toContain('Person 119');
  });

  it('counts targets by stage in the pipeline summary', async () => {
    const jane = await targetNamed('Jane Doe', now - 9 * DAY);
    await logTouch(getDb(), { personId: jane.id, kind: 'request', at: now - 8 * DAY, channel: 'email' }, now - 8 * DAY);
    await targetNamed('Sam Lee', now);
    render(<FollowUpsView />);
    const summary = await screen.findByTestId('pipeline-summary');
    expect(within(summary).getByText('To contact:').textContent).toBe('To contact: 1');
    expect(within(summary).getByText('Requested:').textContent).toBe('Requested: 1');
  });
});
