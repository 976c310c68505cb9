// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/store';
import { scheduleMeeting } from '@/lib/store/history/meetings';
import { updatePerson } from '@/lib/store/people/person-edit';
import { MeetingView } from '@/components/sidepanel/meeting/MeetingView';
import { DAY, THURSDAY, resetAt, targetNamed } from './seed';

const now = THURSDAY;

beforeEach(() => resetAt(now));
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

async function heldMeeting() {
  const jane = await targetNamed('Jane Doe', now - 20 * DAY);
  await updatePerson(getDb(), jane.id, { company: 'Acme' }, now - 20 * DAY);
  const meeting = await scheduleMeeting(
    getDb(),
    { personId: jane.id, at: now - 2 * 3_600_000, mode: 'in-person' },
    now - 5 * DAY,
  );
  return { jane, meeting };
}

describe('MeetingView', () => {
  it('saves notes, which marks the meeting held and the target met', async () => {
    const { jane, meeting } = await heldMeeting();
    render(<MeetingView meetingId={meeting.id} />);
    expect(await screen.findByText(/watch the clock/i)).toBeTruthy();
    expect(screen.getByText(/never for a job/i)).toBeTruthy();
    const notes = screen.getByRole('textbox', { name: /What you learned/ });
    fireEvent.change(notes, { target: { value: 'Start with the design systems community.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save notes' }));
    await waitFor(async () => expect((await getDb().meetings.get(meeting.id))?.status).toBe('done'));
    const saved = await getDb().meetings.get(meeting.id);
    expect(saved?.notes).toBe('Start with the design systems community.');
    expect(saved?.notesWrittenAt).toBe(now);
    const person = await getDb().people.get(jane.id);
    expect(person?.stage).toBe('met');
    expect(person?.nextAction?.kind).toBe('send-thank-you');
    expect(await screen.findByText(/marked as held/)).toBeTruthy();
    expect(((await screen.findByRole('combobox', { name: 'Status' })) as HTMLSelectElement).value).toBe('done');
  });

  it('records two referrals as two targets linked to who referred them', async () => {
    const { jane, meeting } = await heldMeeting();
    render(<MeetingView meetingId={meeting.id} />);
    await screen.findByRole('heading', { name: 'Referrals given' });
    fireEvent.click(screen.getByRole('button', { name: 'Add another person' }));
    const [first, second] = screen.getAllByTestId('referral-fields') as [HTMLElement, HTMLElement];
    fireEvent.change(within(first).getByRole('textbox', { name: 'Name' }), { target: { value: 'Ana Silva' } });
    fireEvent.change(within(first).getByRole('textbox', { name: /LinkedIn profile link/ }), {
      target: { value: 'linkedin.com/in/Ana-Silva?trk=x' },
    });
    fireEvent.click(within(first).getByRole('checkbox', { name: /May I use your name/ }));
    fireEvent.change(within(second).getByRole('textbox', { name: 'Name' }), { target: { value: 'Ben Okafor' } });
    fireEvent.change(within(second).getByRole('textbox', { name: 'Company (optional)' }), {
      target: { value: 'Globex' },
    });
    fireEvent.click(within(second).getByRole('checkbox', { name: /will contact them first/ }));
    const checkBack = within(second).getByLabelText('Check back with them on') as HTMLInputElement;
    expect(checkBack.value).toBe('2025-03-20');
    expect(within(second).queryByText(/7 to 10 days/)).toBeNull();
    fireEvent.change(checkBack, { target: { value: '2025-03-30' } });
    expect(within(second).getByText(/7 to 10 days/)).toBeTruthy();
    fireEvent.change(checkBack, { target: { value: '2025-03-21' } });

    fireEvent.click(screen.getByRole('button', { name: 'Save referrals' }));
    const given = await screen.findByTestId('referrals-given');
    expect(await within(given).findByRole('link', { name: 'Ana Silva' })).toBeTruthy();
    expect(within(given).getByRole('link', { name: 'Ben Okafor' })).toBeTruthy();

    const referred = await getDb().people.where('referredById').equals(jane.id).sortBy('name');
    expect(referred.map((p) => [p.name, p.kind, p.stage, p.referrerNameAllowed])).toEqual([
      ['Ana Silva', 'target', 'to-contact', true],
      ['Ben Okafor', 'target', 'to-contact', false],
    ]);
    expect(referred[0]?.profileUrl).toBe('https://www.linkedin.com/in/ana-silva/');
    expect(referred[1]?.company).toBe('Globex');
    const saved = await getDb().meetings.get(meeting.id);
    expect(saved?.referrals.map((r) => r.checkBackAt)).toEqual([undefined, new Date(2025, 2, 21, 9).getTime()]);
    expect(within(given).getByRole('link', { name: 'Ana Silva' }).getAttribute('href')).toBe(
      `#/person/${referred[0]?.id}`,
    );
  });

  it('rejects a link that is not a LinkedIn profile', async () => {
    const { jane, meeting } = await heldMeeting();
    render(<MeetingView meetingId={meeting.id} />);
    const fields = await screen.findByTestId('referral-fields');
    fireEvent.change(within(fields).getByRole('textbox', { name: 'Name' }), { target: { value: 'Ana Silva' } });
    fireEvent.change(within(fields).getByRole('textbox', { name: /LinkedIn profile link/ }), {
      target: { value: 'https://www.linkedin.com/company/acme/' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save referrals' }));
    expect((await within(fields).findByRole('alert')).textContent).toMatch(/not a LinkedIn profile link/);
    expect(await getDb().people.where('referredById').equals(jane.id).count()).toBe(0);
  });

  it('prepares questions from the bank, research clips and the user’s own', async () => {
    const { jane, meeting } = await heldMeeting();
    await getDb().clips.bulkAdd([
      {
        id: 'c1',
        url: 'https://example.com/a',
        title: 'Design systems at scale',
        readable: true,
        personId: jane.id,
        savedAt: now - DAY,
      },
      {
        id: 'c2',
        url: 'https://example.com/b',
        title: 'Acme opens a studio',
        readable: true,
        company: 'Acme',
        savedAt: now - 2 * DAY,
      },
      { id: 'c3', url: 'https://example.com/c', title: 'Unrelated', readable: true, company: 'Globex', savedAt: now },
    ]);
    const earlier = await scheduleMeeting(
      getDb(),
      { personId: jane.id, at: now - 40 * DAY, mode: 'phone' },
      now - 50 * DAY,
    );
    await getDb().meetings.update(earlier.id, { notes: 'Said to look at accessibility roles.', status: 'done' });
    render(<MeetingView meetingId={meeting.id} />);

    const started = await screen.findByRole('checkbox', { name: 'How did you get started in this work?' });
    expect(screen.queryByRole('checkbox', { name: /watch the clock/ })).toBeNull();
    fireEvent.click(started);
    await waitFor(async () =>
      expect((await getDb().meetings.get(meeting.id))?.questions).toEqual(['How did you get started in this work?']),
    );

    expect(screen.getByRole('link', { name: 'Design systems at scale' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Acme opens a studio' })).toBeTruthy();
    expect(screen.queryByText('Unrelated')).toBeNull();
    expect(within(screen.getByRole('group', { name: 'From your research' })).getAllByRole('checkbox')).toHaveLength(2);
    expect(screen.getByText('Said to look at accessibility roles.')).toBeTruthy();

    fireEvent.change(screen.getByRole('textbox', { name: 'Your own question' }), {
      target: { value: 'What would you read first?' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(await screen.findByRole('checkbox', { name: 'What would you read first?', checked: true })).toBeTruthy();
    expect((await getDb().meetings.get(meeting.id))?.questions).toEqual([
      'How did you get started in this work?',
      'What would you read first?',
    ]);
  });

  it('shows a clear message for a missing meeting', async () => {
    render(<MeetingView meetingId="gone" />);
    expect(await screen.findByRole('heading', { name: 'Meeting not found' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to Follow-ups' })).toBeTruthy();
  });
});
