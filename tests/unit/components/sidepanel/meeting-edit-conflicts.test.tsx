// @vitest-environment jsdom
/** Meeting notes written in two side panels at once: neither text is lost; the place follows what is stored. */
import { cleanup, fireEvent, render, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/store';
import { scheduleMeeting } from '@/lib/store/history/meetings';
import { MeetingView } from '@/components/sidepanel/meeting/MeetingView';
import { DAY, THURSDAY, resetAt, targetNamed } from './seed';

const now = THURSDAY;

beforeEach(() => resetAt(now));
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

async function twoPanels() {
  const jane = await targetNamed('Jane Doe', now - 20 * DAY);
  const meeting = await scheduleMeeting(getDb(), { personId: jane.id, at: now - 7_200_000, mode: 'video' }, now - 5 * DAY);
  const a = within(render(<MeetingView meetingId={meeting.id} />).container);
  const b = within(render(<MeetingView meetingId={meeting.id} />).container);
  return { meeting, a, b };
}

describe('meeting notes and place in two panels', () => {
  it('notes saved in one panel, then other notes in the other: both kept, one after the other', async () => {
    const { meeting, a, b } = await twoPanels();
    const notesA = await a.findByRole('textbox', { name: /What you learned/ });
    const notesB = await b.findByRole('textbox', { name: /What you learned/ });
    fireEvent.change(notesA, { target: { value: 'Ask Sam at Contoso.' } });
    fireEvent.change(notesB, { target: { value: 'Portfolio: lead with research.' } });
    fireEvent.blur(notesA);
    await waitFor(async () => expect((await getDb().meetings.get(meeting.id))?.notes).toBe('Ask Sam at Contoso.'));
    fireEvent.blur(notesB);
    const conflict = await b.findByTestId('edit-conflicts');
    expect((await getDb().meetings.get(meeting.id))?.notes).toBe('Ask Sam at Contoso.');
    fireEvent.click(within(conflict).getByRole('button', { name: 'Keep both' }));
    await waitFor(async () =>
      expect((await getDb().meetings.get(meeting.id))?.notes).toBe('Ask Sam at Contoso.\n\nPortfolio: lead with research.'),
    );
  });

  it('a place saved in one panel shows in the other, which never writes its old value back', async () => {
    const { meeting, a, b } = await twoPanels();
    const placeA = await a.findByRole('textbox', { name: 'Where' });
    fireEvent.change(placeA, { target: { value: 'Café Lumen' } });
    fireEvent.blur(placeA);
    await waitFor(async () => expect((await getDb().meetings.get(meeting.id))?.place).toBe('Café Lumen'));
    const placeB = b.getByRole('textbox', { name: 'Where' }) as HTMLInputElement;
    await waitFor(() => expect(placeB.value).toBe('Café Lumen'));
    fireEvent.blur(placeB);
    const minutesB = b.getByRole('spinbutton', { name: 'Minutes' });
    fireEvent.change(minutesB, { target: { value: '30' } });
    fireEvent.blur(minutesB);
    await waitFor(async () => expect((await getDb().meetings.get(meeting.id))?.minutes).toBe(30));
    expect((await getDb().meetings.get(meeting.id))?.place).toBe('Café Lumen');
  });
});
