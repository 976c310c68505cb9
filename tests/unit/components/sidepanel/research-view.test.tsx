// @vitest-environment jsdom
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { ResearchView } from '@/components/sidepanel/research/ResearchView';
import { getDb } from '@/lib/store';
import type { ResearchClip } from '@/lib/domain/model';
import { personOf } from './targets-fixtures';

const db = getDb();
// Generous waits: fake IndexedDB on a loaded machine can take over a second.
configure({ asyncUtilTimeout: 8_000 });

function clip(id: string, savedAt: number, extra: Partial<ResearchClip> = {}): ResearchClip {
  // Stored dates are within 1990–2200: offsets from 1 January 2024.
  return { id, url: `https://example.com/${id}`, title: `Article ${id}`, readable: true, savedAt: Date.UTC(2024, 0, 1) + savedAt, ...extra };
}

const card = (title: string) => screen.getByRole('article', { name: title });

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
  await db.people.bulkAdd([
    personOf({ id: 'ann', name: 'Ann Lee', company: 'Acme' }),
    personOf({ id: 'bo', name: 'Bo Chen', company: 'Globex' }),
    personOf({ id: 'cand', name: 'Cy Candidate', kind: 'candidate', stage: undefined }),
  ]);
  await db.clips.bulkAdd([
    clip('old', 1_000, {
      site: 'Example News',
      byline: 'Jo Writer',
      excerpt: 'What changed in payments.',
      text: '<b>not markup</b>\nSecond paragraph.',
    }),
    clip('new', 5_000, { title: 'A login page', readable: false }),
    clip('evil', 3_000, { title: 'Evil link', url: 'javascript:alert(1)' }),
  ]);
});
afterEach(cleanup);

describe('ResearchView', { timeout: 20_000 }, () => {
  it('explains how to save, and lists clips newest first with their details as text', async () => {
    render(<ResearchView />);
    expect(screen.getByText(/Save page to Inroads research/)).toBeTruthy();
    await screen.findByRole('article', { name: 'A login page' });
    const titles = within(screen.getByRole('list', { name: 'Saved research' }))
      .getAllByRole('heading', { level: 2 })
      .map((h) => h.textContent);
    expect(titles).toEqual(['A login page', 'Evil link', 'Article old']);

    const link = within(card('Article old')).getByRole('link', { name: 'Article old' });
    expect(link.getAttribute('href')).toBe('https://example.com/old');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noreferrer');
    expect(card('Article old').textContent).toMatch(/Example News · Jo Writer · Saved/);
    expect(within(card('Article old')).getByText('What changed in payments.')).toBeTruthy();
    // The saved text is shown as text, never parsed as markup.
    fireEvent.click(within(card('Article old')).getByText('Read the saved text'));
    expect(card('Article old').querySelector('.clip-text')?.textContent).toBe('<b>not markup</b>\nSecond paragraph.');
    expect(card('Article old').querySelector('b')).toBeNull();

    expect(within(card('A login page')).getByText('Link only')).toBeTruthy();
    expect(within(card('Evil link')).queryByRole('link', { name: 'Evil link' })).toBeNull();
  });

  it('attaches a clip to a target and a company', async () => {
    render(<ResearchView />);
    const article = await screen.findByRole('article', { name: 'Article old' });
    fireEvent.click(within(article).getByText('Attach to a person or company'));
    const form = within(article).getByRole('form', { name: 'Attach “Article old”' });
    fireEvent.change(within(form).getByLabelText('Find a target'), { target: { value: 'glob' } });
    const select = within(form).getByLabelText('Person') as HTMLSelectElement;
    const options = [...select.options].map((o) => o.textContent);
    expect(options).toEqual(['— nobody —', 'Bo Chen (Globex)']);
    fireEvent.change(select, { target: { value: 'bo' } });
    fireEvent.change(within(form).getByLabelText('Company'), { target: { value: 'Globex' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await within(form).findByText('Attached to Bo Chen and Globex.');
    expect(await db.clips.get('old')).toMatchObject({ personId: 'bo', company: 'Globex' });
    await waitFor(() =>
      expect(
        within(screen.getByRole('article', { name: 'Article old' })).getByRole('link', { name: 'Bo Chen' }),
      ).toBeTruthy(),
    );
  });

  it('deletes a clip only when confirmed', async () => {
    render(<ResearchView />);
    const article = await screen.findByRole('article', { name: 'Evil link' });
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    fireEvent.click(within(article).getByRole('button', { name: 'Delete' }));
    expect(confirm).toHaveBeenCalledWith('Delete “Evil link” from your research?');
    expect(await db.clips.count()).toBe(3);
    fireEvent.click(within(article).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Evil link' })).toBeNull());
    expect(await db.clips.get('evil')).toBeUndefined();
  });

  it('says when nothing is saved yet', async () => {
    await db.clips.clear();
    render(<ResearchView />);
    await screen.findByText('No research saved yet.');
  });
});
