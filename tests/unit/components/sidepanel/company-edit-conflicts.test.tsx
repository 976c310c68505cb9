// @vitest-environment jsdom
/** A company's notes written in two side panels at once: neither text is lost; changes elsewhere never drop typing. */
import { cleanup, fireEvent, render, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/store';
import { saveCompany, updateCompany } from '@/lib/store/companies/companies';
import { CompanyView } from '@/components/sidepanel/companies/CompanyView';
import { resetAt } from './seed';

const now = Date.UTC(2026, 11, 7, 9);
const notesLabel = 'Notes about this company';

beforeEach(() => resetAt(now));
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const stored = async () => (await getDb().companies.get('northwind health'))!;

async function panel() {
  const view = within(render(<CompanyView companyKey="northwind health" />).container);
  const notes = (await view.findByRole('textbox', { name: notesLabel })) as HTMLTextAreaElement;
  return { view, notes };
}

describe('company notes in two panels', () => {
  it('notes saved in one panel while the other is typing: the conflict is shown, and "Keep both" keeps both texts', async () => {
    await saveCompany(getDb(), { name: 'Northwind Health', notes: 'Design team of 12.' }, now - 86_400_000);
    const a = await panel();
    const b = await panel();
    fireEvent.change(a.notes, { target: { value: 'Design team of 12.\n\nHiring in Lisbon.' } });
    fireEvent.change(b.notes, { target: { value: 'Design team of 12.\n\nAsk Ana about the team.' } });
    fireEvent.blur(a.notes);
    await waitFor(async () => expect((await stored()).notes).toBe('Design team of 12.\n\nHiring in Lisbon.'));
    // B's typing survives A's save (no remount), and saving it shows the conflict instead of overwriting.
    expect(b.notes.value).toBe('Design team of 12.\n\nAsk Ana about the team.');
    fireEvent.blur(b.notes);
    const conflict = await b.view.findByTestId('edit-conflicts');
    expect(conflict.textContent).toContain('Hiring in Lisbon.');
    expect(conflict.textContent).toContain('Ask Ana about the team.');
    expect((await stored()).notes).toBe('Design team of 12.\n\nHiring in Lisbon.');
    fireEvent.click(within(conflict).getByRole('button', { name: 'Keep both' }));
    await waitFor(async () =>
      expect((await stored()).notes).toBe('Design team of 12.\n\nHiring in Lisbon.\n\nAsk Ana about the team.'),
    );
    await waitFor(() => expect(b.view.queryByTestId('edit-conflicts')).toBeNull());
    // A did not touch its notes again: it follows what is stored.
    await waitFor(() => expect(a.notes.value).toBe('Design team of 12.\n\nHiring in Lisbon.\n\nAsk Ana about the team.'));
  });

  it('a status changed elsewhere while the user types: the status shows, the typing stays and is saved', async () => {
    await saveCompany(getDb(), { name: 'Northwind Health', notes: 'Design team of 12.' }, now - 86_400_000);
    const { view, notes } = await panel();
    fireEvent.change(notes, { target: { value: 'Design team of 12. Ask Ana.' } });
    await updateCompany(getDb(), 'northwind health', { status: 'reaching-out' }, now);
    const status = view.getByRole('combobox', { name: 'Status' }) as HTMLSelectElement;
    await waitFor(() => expect(status.value).toBe('reaching-out'));
    expect(notes.isConnected).toBe(true);
    expect(notes.value).toBe('Design team of 12. Ask Ana.');
    fireEvent.blur(notes);
    await waitFor(async () => expect(await stored()).toMatchObject({ notes: 'Design team of 12. Ask Ana.', status: 'reaching-out' }));
    expect(view.queryByTestId('edit-conflicts')).toBeNull();
  });
});
