// @vitest-environment jsdom
/**
 * Edits are patches, and conflicts are visible: two side panels on one
 * person, a profile read while the form is open, and what the user chooses
 * when the same field changed on both sides.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useLiveQuery } from 'dexie-react-hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/store';
import { recordProfileView } from '@/lib/store/people/profile-view';
import { PersonDetailsForm } from '@/components/sidepanel/person/PersonDetailsForm';
import { PersonView } from '@/components/sidepanel/person/PersonView';
import { PERSON_LIMITS } from '@/lib/domain/model/limits';
import { snapshotOf } from '../../helpers';
import { THURSDAY, resetAt, targetNamed } from './seed';

const now = THURSDAY;
const LONG_PHONE = '+44 20 7946 0000 (office) / +44 7700 900123 (mobile)';

beforeEach(async () => {
  await resetAt(now);
  location.hash = '';
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** Two side panels showing the same person. */
function twoPanels(personId: string) {
  const first = render(<PersonView personId={personId} />);
  const second = render(<PersonView personId={personId} />);
  return [within(first.container), within(second.container)] as const;
}

const stored = async (id: string) => (await getDb().people.get(id))!;

describe('editing a person in two places', () => {
  it('saving the phone in one panel keeps the notes typed in the other, and the reverse', async () => {
    const jane = await targetNamed('Jane Doe', now);
    const [a, b] = twoPanels(jane.id);
    const phone = await a.findByLabelText('Phone');
    const notes = await b.findByRole('textbox', { name: 'Notes' });
    fireEvent.change(notes, { target: { value: 'Met at the UX meetup.' } });
    fireEvent.change(phone, { target: { value: '+1 555 0100' } });
    fireEvent.blur(phone);
    await waitFor(async () => expect((await stored(jane.id)).phone).toBe('+1 555 0100'));
    fireEvent.blur(notes);
    await waitFor(async () => expect((await stored(jane.id)).notes).toBe('Met at the UX meetup.'));
    expect(await stored(jane.id)).toMatchObject({ phone: '+1 555 0100', userEdited: ['phone'] });
    // Panel A follows what panel B saved (it had not touched the notes).
    await waitFor(() => expect((a.getByRole('textbox', { name: 'Notes' }) as HTMLTextAreaElement).value).toBe('Met at the UX meetup.'));
    expect(screen.queryByTestId('edit-conflicts')).toBeNull();
  });

  it('a profile read refreshing the headline while the form is open is neither written back nor marked as the user’s', async () => {
    const viewed = (await recordProfileView(getDb(), snapshotOf({ headline: 'Designer at Acme' }), now))!;
    render(<PersonDetailsFormLive personId={viewed.id} />);
    const headline = (await screen.findByRole('textbox', { name: 'Headline' })) as HTMLInputElement;
    expect(headline.value).toBe('Designer at Acme');
    await recordProfileView(getDb(), snapshotOf({ headline: 'Head of Design at Acme' }), now + 1000);
    await waitFor(() => expect(headline.value).toBe('Head of Design at Acme'));
    const phone = screen.getByLabelText('Phone');
    fireEvent.change(phone, { target: { value: '+33 6 12 34 56 78' } });
    fireEvent.blur(phone);
    await waitFor(async () => expect((await stored(viewed.id)).phone).toBe('+33 6 12 34 56 78'));
    expect(await stored(viewed.id)).toMatchObject({ headline: 'Head of Design at Acme', userEdited: ['phone'] });
    // Page reads can still refresh it.
    await recordProfileView(getDb(), snapshotOf({ headline: 'VP Design at Acme' }), now + 2000);
    expect((await stored(viewed.id)).headline).toBe('VP Design at Acme');
  });

  it('the same notes changed in both panels: nothing is lost, the user sees both and keeps both', async () => {
    const jane = await targetNamed('Jane Doe', now);
    const [a, b] = twoPanels(jane.id);
    const notesA = await a.findByRole('textbox', { name: 'Notes' });
    const notesB = await b.findByRole('textbox', { name: 'Notes' });
    fireEvent.change(notesB, { target: { value: 'Prefers email.' } });
    fireEvent.change(notesA, { target: { value: 'Has two kids; ask about Lisbon.' } });
    fireEvent.blur(notesA);
    await waitFor(async () => expect((await stored(jane.id)).notes).toBe('Has two kids; ask about Lisbon.'));
    fireEvent.blur(notesB);
    const conflict = await b.findByTestId('edit-conflicts');
    // Nothing was written over the other panel's notes.
    expect((await stored(jane.id)).notes).toBe('Has two kids; ask about Lisbon.');
    expect(within(conflict).getByText('Has two kids; ask about Lisbon.')).toBeTruthy();
    expect(within(conflict).getByText('Prefers email.')).toBeTruthy();
    fireEvent.click(within(conflict).getByRole('button', { name: 'Keep both' }));
    await waitFor(async () =>
      expect((await stored(jane.id)).notes).toBe('Has two kids; ask about Lisbon.\n\nPrefers email.'),
    );
    await waitFor(() => expect(b.queryByTestId('edit-conflicts')).toBeNull());
  });

  it('the same phone changed in both panels: keep mine writes mine, keep the stored one keeps theirs', async () => {
    const jane = await targetNamed('Jane Doe', now);
    const [a, b] = twoPanels(jane.id);
    const phoneA = await a.findByLabelText('Phone');
    const phoneB = await b.findByLabelText('Phone');
    fireEvent.change(phoneB, { target: { value: '+1 555 0199' } });
    fireEvent.change(phoneA, { target: { value: '+1 555 0100' } });
    fireEvent.blur(phoneA);
    await waitFor(async () => expect((await stored(jane.id)).phone).toBe('+1 555 0100'));
    fireEvent.blur(phoneB);
    fireEvent.click(within(await b.findByTestId('edit-conflicts')).getByRole('button', { name: 'Keep mine' }));
    await waitFor(async () => expect((await stored(jane.id)).phone).toBe('+1 555 0199'));
    // Panel A had not touched its phone since: it follows what B saved.
    await waitFor(() => expect((phoneA as HTMLInputElement).value).toBe('+1 555 0199'));
    // Both type again; B saves first; A keeps the stored one.
    fireEvent.change(phoneA, { target: { value: '+1 555 0111' } });
    fireEvent.change(phoneB, { target: { value: '+1 555 0122' } });
    fireEvent.blur(phoneB);
    await waitFor(async () => expect((await stored(jane.id)).phone).toBe('+1 555 0122'));
    fireEvent.blur(phoneA);
    fireEvent.click(within(await a.findByTestId('edit-conflicts')).getByRole('button', { name: 'Keep the stored one' }));
    await waitFor(() => expect((phoneA as HTMLInputElement).value).toBe('+1 555 0122'));
    expect((await stored(jane.id)).phone).toBe('+1 555 0122');
  });
});

describe('limits in the person form', () => {
  it('takes a phone with two numbers and words; every field carries the stored limit', async () => {
    const jane = await targetNamed('Jane Doe', now);
    render(<PersonView personId={jane.id} />);
    const phone = (await screen.findByLabelText('Phone')) as HTMLInputElement;
    expect(phone.maxLength).toBe(PERSON_LIMITS.phone);
    expect((screen.getByRole('textbox', { name: 'Notes' }) as HTMLTextAreaElement).maxLength).toBe(PERSON_LIMITS.notes);
    expect((screen.getByRole('textbox', { name: 'Headline' }) as HTMLInputElement).maxLength).toBe(PERSON_LIMITS.headline);
    fireEvent.change(phone, { target: { value: LONG_PHONE } });
    fireEvent.blur(phone);
    await waitFor(async () => expect((await stored(jane.id)).phone).toBe(LONG_PHONE));
  });

  it('a value over the limit (stored before the limits) is explained in words and refused in words, never as JSON', async () => {
    const jane = await targetNamed('Jane Doe', now);
    await getDb().people.update(jane.id, { notes: 'n'.repeat(PERSON_LIMITS.notes + 5) });
    render(<PersonView personId={jane.id} />);
    expect(await screen.findByText(/100,005 characters: Inroads keeps at most 100,000/)).toBeTruthy();
    const phone = screen.getByLabelText('Phone');
    fireEvent.change(phone, { target: { value: '+1 555 0100' } });
    fireEvent.blur(phone);
    expect(await screen.findByText('Not saved: Notes: at most 100,000 characters (this one has 100,005).')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/too_big|\{"|Invalid input/);
  });
});

/** The details form alone, fed live from the database as PersonView feeds it. */
function PersonDetailsFormLive({ personId }: { personId: string }) {
  const person = useLiveQuery(() => getDb().people.get(personId), [personId]);
  return person ? <PersonDetailsForm person={person} onStatus={() => undefined} /> : null;
}
