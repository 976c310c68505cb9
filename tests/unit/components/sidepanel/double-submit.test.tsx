// @vitest-environment jsdom
/**
 * A second click while the first is still writing records nothing twice
 * (issue 14: Log a touch went 0 → 2 touches, Schedule a meeting 0 → 2
 * meetings). Every form submits through the one action helper (use-action.ts),
 * which holds a click while the previous one is writing.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/store';
import { PersonView } from '@/components/sidepanel/person/PersonView';
import { THURSDAY, resetAt, targetNamed } from './seed';

const now = THURSDAY;

beforeEach(async () => {
  await resetAt(now);
  location.hash = '';
});
afterEach(() => cleanup());

describe('two quick clicks', () => {
  it('Log a reply: one touch', async () => {
    const jane = await targetNamed('Jane Doe', now);
    render(<PersonView personId={jane.id} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Log a reply' }));
    const form = await screen.findByRole('form', { name: 'They replied' });
    const record = within(form).getByRole('button', { name: 'Record “They replied”' });
    fireEvent.click(record);
    fireEvent.click(record);
    await waitFor(() => expect(within(screen.getByTestId('timeline')).getByText('They replied')).toBeTruthy());
    await new Promise((r) => setTimeout(r, 200));
    expect(await getDb().touches.where('personId').equals(jane.id).count()).toBe(1);
  });

  it('Schedule a meeting: one meeting', async () => {
    const jane = await targetNamed('Jane Doe', now);
    render(<PersonView personId={jane.id} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Schedule a meeting' }));
    const form = await screen.findByRole('form', { name: 'Schedule a meeting' });
    fireEvent.change(within(form).getByLabelText('When'), { target: { value: '2025-03-18T12:30' } });
    const add = within(form).getByRole('button', { name: 'Add the meeting' });
    fireEvent.click(add);
    fireEvent.click(add);
    await waitFor(() => expect(location.hash).toMatch(/^#\/meeting\//));
    await new Promise((r) => setTimeout(r, 200));
    expect(await getDb().meetings.count()).toBe(1);
  });
});
