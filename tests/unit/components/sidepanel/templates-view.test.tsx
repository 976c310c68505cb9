// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TemplatesView } from '@/components/sidepanel/templates/TemplatesView';
import { getDb } from '@/lib/store';
import { saveSettings } from '@/lib/store/settings/settings-save';
import { BUILT_IN_TEMPLATES } from '@/lib/domain/templates/built-in';

const db = getDb();
const COLD = BUILT_IN_TEMPLATES.find((t) => t.id === 'builtin-cold-email')!;

function card(name: string): HTMLElement {
  const found = screen.getAllByTestId('template-card').find((c) => c.querySelector('h3')?.textContent === name);
  if (!found) throw new Error(`No template card named ${name}`);
  return found;
}
const editor = (name: string) => screen.getByRole('form', { name });

async function renderView() {
  render(<TemplatesView />);
  await screen.findByRole('heading', { name: 'Templates', level: 1 });
}

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});
afterEach(cleanup);

describe('TemplatesView', { timeout: 20_000 }, () => {
  it('lists the built-ins grouped by readable moment names, with subject and body as text', async () => {
    await renderView();
    const groups = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(groups).toContain('Cold email');
    expect(groups).toContain('First follow-up');
    expect(groups.indexOf('Direct ask (1st degree)')).toBeLessThan(groups.indexOf('Thank-you after the meeting'));
    const cold = card(COLD.name);
    expect(cold.textContent).toContain(`Subject: ${COLD.subject}`);
    expect(cold.textContent).toContain(COLD.body.slice(0, 40));
    expect(within(cold).queryByText('edited')).toBeNull();
  });

  it('saves an edit of a built-in under its own id, marks it edited, and resets it to the default', async () => {
    await renderView();
    fireEvent.click(screen.getByLabelText(`Edit ${COLD.name}`));
    const form = editor(`Edit ${COLD.name}`);
    fireEvent.change(within(form).getByLabelText('Message'), {
      target: { value: 'Hello {{firstName}}, my own words.' },
    });
    expect(within(form).getByTestId('preview-body').textContent).toBe('Hello Jane, my own words.');
    fireEvent.click(within(form).getByRole('button', { name: 'Save template' }));

    await waitFor(() => expect(within(card(COLD.name)).getByText('edited')).toBeTruthy());
    expect(card(COLD.name).textContent).toContain('Hello {{firstName}}, my own words.');
    expect(await db.templates.get(COLD.id)).toMatchObject({
      id: COLD.id,
      builtIn: true,
      body: 'Hello {{firstName}}, my own words.',
    });

    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    fireEvent.click(screen.getByLabelText(`Reset ${COLD.name} to default`));
    expect(confirm).toHaveBeenCalled();
    await waitFor(() => expect(within(card(COLD.name)).queryByText('edited')).toBeNull());
    expect(card(COLD.name).textContent).toContain(COLD.body.slice(0, 40));
    expect(await db.templates.get(COLD.id)).toBeUndefined();
  });

  it('warns about unknown placeholders and lists missing values in the preview, without crashing', async () => {
    await saveSettings(db, { myName: '' });
    await renderView();
    fireEvent.click(screen.getByRole('button', { name: 'New template' }));
    const form = editor('New template');
    fireEvent.change(within(form).getByLabelText('Message'), {
      target: { value: 'Hi {{firstName}} at {{company}}, {{firstname2}} and {{ }} — {{myName}}' },
    });
    const warning = within(form).getByTestId('unknown-placeholders');
    expect(warning.textContent).toContain('{{firstname2}}');
    expect(within(form).getByTestId('preview-body').textContent).toBe(
      'Hi Jane at Acme, [unknown: firstname2] and [unknown: ] — [your name]',
    );
    expect(within(form).getByTestId('preview-missing').textContent).toContain('your name');
  });

  it('creates your own template (with a subject for an email moment), then deletes it after asking', async () => {
    await renderView();
    fireEvent.click(screen.getByRole('button', { name: 'New template' }));
    const form = editor('New template');
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'My warm thank-you' } });
    fireEvent.change(within(form).getByLabelText('Moment'), { target: { value: 'thank-you' } });
    fireEvent.change(within(form).getByLabelText('Subject'), { target: { value: 'Thanks, {{firstName}}' } });
    fireEvent.change(within(form).getByLabelText('Message'), {
      target: { value: '<img src=x onerror=alert(1)> Thank you!' },
    });
    expect(within(form).getByTestId('preview-subject').textContent).toBe('Thanks, Jane');
    fireEvent.click(within(form).getByRole('button', { name: 'Save template' }));

    const mine = await waitFor(() => card('My warm thank-you'));
    expect(mine.textContent).toContain('Yours');
    expect(mine.textContent).toContain('<img src=x onerror=alert(1)> Thank you!');
    expect(document.querySelector('img')).toBeNull();
    expect(mine.closest('section')!.querySelector('h2')!.textContent).toBe('Thank-you after the meeting');
    const saved = (await db.templates.toArray()).find((t) => t.name === 'My warm thank-you');
    expect(saved).toMatchObject({ builtIn: false, moment: 'thank-you', subject: 'Thanks, {{firstName}}' });

    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    fireEvent.click(within(mine).getByLabelText('Delete My warm thank-you'));
    expect(await db.templates.get(saved!.id)).toBeDefined();
    fireEvent.click(within(card('My warm thank-you')).getByLabelText('Delete My warm thank-you'));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'My warm thank-you' })).toBeNull());
    expect(confirm).toHaveBeenCalledTimes(2);
    expect(await db.templates.get(saved!.id)).toBeUndefined();
  });

  it('duplicates a built-in as your own copy that remembers where it came from', async () => {
    await renderView();
    fireEvent.click(screen.getByLabelText(`Duplicate ${COLD.name}`));
    const copyName = `${COLD.name} (my copy)`;
    await waitFor(() => expect(card(copyName)).toBeTruthy());
    const copy = (await db.templates.toArray())[0]!;
    expect(copy).toMatchObject({
      name: copyName,
      builtIn: false,
      basedOn: COLD.id,
      body: COLD.body,
      subject: COLD.subject,
      moment: 'cold-email',
    });
    expect(screen.getByRole('status').textContent).toContain('Copied as');
  });

  it('does not save a template without a name', async () => {
    await renderView();
    fireEvent.click(screen.getByRole('button', { name: 'New template' }));
    const form = editor('New template');
    fireEvent.change(within(form).getByLabelText('Message'), { target: { value: 'Body' } });
    fireEvent.submit(form);
    expect((await within(form).findByRole('alert')).textContent).toContain('name');
    expect(await db.templates.count()).toBe(0);
  });
});
