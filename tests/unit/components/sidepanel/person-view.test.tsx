// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/store';
import { scheduleMeeting } from '@/lib/store/history/meetings';
import { logTouch } from '@/lib/store/history/touches';
import { PersonView } from '@/components/sidepanel/person/PersonView';
import { DAY, THURSDAY, resetAt, targetNamed } from './seed';

const now = THURSDAY;

beforeEach(async () => {
  await resetAt(now);
  location.hash = '';
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('PersonView', () => {
  it('saves an edited field on blur and remembers it as edited by the user', async () => {
    const jane = await targetNamed('Jane Doe', now);
    render(<PersonView personId={jane.id} />);
    const headline = await screen.findByRole('textbox', { name: 'Headline' });
    fireEvent.change(headline, { target: { value: 'Head of design at Acme' } });
    fireEvent.blur(headline);
    await waitFor(async () => expect((await getDb().people.get(jane.id))?.headline).toBe('Head of design at Acme'));
    const saved = await getDb().people.get(jane.id);
    expect(saved?.userEdited).toEqual(['headline']);
    expect(await screen.findByText('Details saved.')).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 1, name: 'Jane Doe' })).toBeTruthy();
  });

  it('saves notes and the name on submit, ignoring an emptied name', async () => {
    const jane = await targetNamed('Jane Doe', now);
    render(<PersonView personId={jane.id} />);
    fireEvent.change(await screen.findByRole('textbox', { name: 'Name' }), { target: { value: '  ' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Notes' }), { target: { value: 'Met at the UX meetup.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save details' }));
    await waitFor(async () => expect((await getDb().people.get(jane.id))?.notes).toBe('Met at the UX meetup.'));
    const saved = await getDb().people.get(jane.id);
    expect(saved?.name).toBe('Jane Doe');
    expect(saved?.userEdited).toEqual([]);
  });

  it('logs a reply, which shows on the timeline and changes what is owed', async () => {
    const jane = await targetNamed('Jane Doe', now - 10 * DAY);
    await logTouch(
      getDb(),
      { personId: jane.id, kind: 'request', at: now - 3 * DAY, channel: 'email', text: 'Hello Jane' },
      now - 3 * DAY,
    );
    render(<PersonView personId={jane.id} />);
    const timeline = await screen.findByTestId('timeline');
    expect(within(timeline).getByText('Request sent')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Log a reply' }));
    const form = await screen.findByRole('form', { name: 'They replied' });
    expect((within(form).getByLabelText('When') as HTMLInputElement).value).toBe('2025-03-13T10:00');
    fireEvent.change(within(form).getByRole('textbox', { name: 'Note (optional)' }), {
      target: { value: 'Happy to talk next week' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Record “They replied”' }));

    await waitFor(() => expect(within(screen.getByTestId('timeline')).getByText('They replied')).toBeTruthy());
    const items = within(screen.getByTestId('timeline')).getAllByRole('listitem');
    expect(items[0]?.dataset.kind).toBe('reply');
    expect(items[1]?.dataset.kind).toBe('request');
    expect(screen.getByText('Happy to talk next week')).toBeTruthy();
    expect(screen.getByTestId('next-action').textContent).toMatch(/answered: agree a time/);
  });

  it('warns about a date more than a day ahead but allows it', async () => {
    const jane = await targetNamed('Jane Doe', now);
    render(<PersonView personId={jane.id} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Log a call' }));
    const form = await screen.findByRole('form', { name: 'Call' });
    fireEvent.change(within(form).getByLabelText('When'), { target: { value: '2025-03-20T10:00' } });
    expect(within(form).getByText(/more than a day in the future/)).toBeTruthy();
    fireEvent.change(within(form).getByLabelText('When'), { target: { value: '1999-03-20T10:00' } });
    expect(within(form).getByText(/before the year 2000/)).toBeTruthy();
    fireEvent.click(within(form).getByRole('button', { name: 'Record “Call”' }));
    await waitFor(async () => expect(await getDb().touches.count()).toBe(1));
    expect((await getDb().touches.toArray())[0]).toMatchObject({
      kind: 'call',
      channel: 'phone',
      at: new Date(1999, 2, 20, 10).getTime(),
    });
  });

  it('deletes a touch logged by mistake after asking', async () => {
    const jane = await targetNamed('Jane Doe', now);
    await logTouch(getDb(), { personId: jane.id, kind: 'voicemail', at: now - DAY, channel: 'phone' }, now - DAY);
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    render(<PersonView personId={jane.id} />);

    const remove = await screen.findByRole('button', { name: /^Delete Voicemail left/ });
    fireEvent.click(remove);
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(await getDb().touches.count()).toBe(1);
    fireEvent.click(remove);
    await waitFor(async () => expect(await getDb().touches.count()).toBe(0));
  });

  it('schedules a meeting (20 minutes by default) and opens it', async () => {
    const jane = await targetNamed('Jane Doe', now);
    render(<PersonView personId={jane.id} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Schedule a meeting' }));
    const form = await screen.findByRole('form', { name: 'Schedule a meeting' });
    expect((within(form).getByRole('spinbutton', { name: 'Minutes' }) as HTMLInputElement).value).toBe('20');
    fireEvent.change(within(form).getByLabelText('When'), { target: { value: '2025-03-18T12:30' } });
    fireEvent.change(within(form).getByRole('combobox', { name: 'How' }), { target: { value: 'video' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add the meeting' }));
    await waitFor(() => expect(location.hash).toMatch(/^#\/meeting\//));
    const [meeting] = await getDb().meetings.toArray();
    expect(meeting).toMatchObject({
      personId: jane.id,
      minutes: 20,
      mode: 'video',
      at: new Date(2025, 2, 18, 12, 30).getTime(),
    });
    expect(location.hash).toBe(`#/meeting/${meeting?.id}`);
    expect((await getDb().people.get(jane.id))?.stage).toBe('scheduled');
  });

  it('deletes the person after explaining what goes with them', async () => {
    const jane = await targetNamed('Jane Doe', now - 20 * DAY);
    await logTouch(
      getDb(),
      { personId: jane.id, kind: 'request', at: now - 10 * DAY, channel: 'email' },
      now - 10 * DAY,
    );
    const meeting = await scheduleMeeting(
      getDb(),
      { personId: jane.id, at: now - 2 * DAY, mode: 'phone' },
      now - 5 * DAY,
    );
    const sam = await targetNamed('Sam Lee', now, { referredById: jane.id });
    render(<PersonView personId={jane.id} />);
    expect(await screen.findByRole('link', { name: 'Sam Lee' })).toBeTruthy();

    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    fireEvent.click(screen.getByRole('button', { name: 'Delete person' }));
    expect(confirm.mock.calls[0]?.[0]).toMatch(/touches and meetings are deleted too.*referred stay/s);
    expect(await getDb().people.get(jane.id)).toBeTruthy();

    confirm.mockReturnValue(true);
    fireEvent.click(screen.getByRole('button', { name: 'Delete person' }));
    await waitFor(async () => expect(await getDb().people.get(jane.id)).toBeUndefined());
    expect(await getDb().touches.count()).toBe(0);
    expect(await getDb().meetings.get(meeting.id)).toBeUndefined();
    expect((await getDb().people.get(sam.id))?.referredByName).toBe('Jane Doe');
    expect(location.hash).toBe('#/follow-ups');
  });

  it('shows who referred them, and a clear message for a missing person', async () => {
    const jane = await targetNamed('Jane Doe', now);
    const sam = await targetNamed('Sam Lee', now, { referredById: jane.id });
    const { unmount } = render(<PersonView personId={sam.id} />);
    const link = await screen.findByRole('link', { name: 'Jane Doe' });
    expect(link.getAttribute('href')).toBe(`#/person/${jane.id}`);
    unmount();
    render(<PersonView personId="gone" />);
    expect(await screen.findByRole('heading', { name: 'Person not found' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to Follow-ups' }).getAttribute('href')).toBe('#/follow-ups');
  });
});
