// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TargetsView } from '@/components/sidepanel/targets/TargetsView';
import { visibleRange } from '@/components/sidepanel/VirtualList';
import { TARGET_ROW_HEIGHT } from '@/components/sidepanel/targets/TargetRow';
import { getDb } from '@/lib/store';
import { manyTargets, personOf } from './targets-fixtures';

const db = getDb();
const rows = () => screen.queryAllByTestId('target-row');
const rowNames = () => rows().map((r) => within(r).getByRole('link').textContent);
const status = () => screen.getAllByRole('status')[0]!.textContent ?? '';

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
  location.hash = '';
});
afterEach(cleanup);

describe('visibleRange', () => {
  it('covers the viewport plus the overscan, clamped to the list', () => {
    expect(visibleRange(0, 300, 50, 1_000, 4)).toEqual({ first: 0, last: 10 });
    expect(visibleRange(5_000, 300, 50, 1_000, 4)).toEqual({ first: 96, last: 110 });
    expect(visibleRange(49_900, 300, 50, 1_000, 4)).toEqual({ first: 990, last: 1_000 });
    // The list got shorter while scrolled far down: show its end, not nothing.
    expect(visibleRange(40_000, 300, 50, 20, 4)).toEqual({ first: 10, last: 20 });
    expect(visibleRange(0, 300, 50, 0, 4)).toEqual({ first: 0, last: 0 });
  });
});

describe('TargetsView with 10,000 people', () => {
  it('renders only the rows in view, and scrolling brings the right ones', async () => {
    await db.people.bulkAdd(manyTargets(10_000));
    render(<TargetsView listHeight={600} />);
    await waitFor(() => expect(status()).toMatch(/10,000 targets/), { timeout: 20_000 });
    const list = screen.getByRole('list', { name: 'Targets' });
    const items = within(list).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(5);
    expect(items.length).toBeLessThan(60);
    expect(rows()).toHaveLength(items.length);
    expect(items[0]!.getAttribute('aria-setsize')).toBe('10000');
    expect(items[0]!.getAttribute('aria-posinset')).toBe('1');
    expect(list.style.height).toBe(`${10_000 * TARGET_ROW_HEIGHT}px`);

    const viewport = screen.getByTestId('target-list');
    Object.defineProperty(viewport, 'scrollTop', { configurable: true, value: 5_000 * TARGET_ROW_HEIGHT });
    fireEvent.scroll(viewport);
    const after = within(list).getAllByRole('listitem');
    expect(after.length).toBeLessThan(60);
    const positions = after.map((el) => Number(el.getAttribute('aria-posinset')));
    expect(positions).toContain(5_001);
    expect(Math.min(...positions)).toBeGreaterThan(4_990);

    const started = performance.now();
    fireEvent.change(screen.getByLabelText(/search name/i), { target: { value: 'ÉLODIE' } });
    expect(status()).toMatch(/Showing 1,000 of 10,000 targets/);
    console.info(`10k search + render in jsdom: ${(performance.now() - started).toFixed(1)} ms`);
    expect(rowNames().every((n) => n?.startsWith('Élodie'))).toBe(true);
  }, 60_000);
});

describe('TargetsView search, filters and sort', () => {
  beforeEach(async () => {
    await db.people.bulkAdd([
      personOf({
        id: 'a',
        name: 'Élodie Dubois',
        company: 'Société Générale',
        headline: 'Risk analyst',
        stage: 'requested',
        degree: '1st',
        updatedAt: 3,
      }),
      personOf({
        id: 'b',
        name: 'Ben Okafor',
        company: 'Acme',
        headline: 'Product designer',
        stage: 'met',
        degree: '2nd',
        updatedAt: 9,
        objective: { kind: 'company', detail: '' },
        nextAction: { kind: 'send-thank-you', due: Date.UTC(2030, 0, 8), reason: { code: 'thank-you', params: [''] } },
        nextActionAt: Date.UTC(2030, 0, 8),
      }),
      personOf({
        id: 'c',
        name: 'Chloé Martin',
        company: 'Globex',
        headline: 'Designer',
        stage: 'to-contact',
        degree: '3rd',
        updatedAt: 5,
        nextAction: { kind: 'send-request', due: Date.UTC(2030, 0, 2), reason: { code: 'send-request', params: [''] } },
        nextActionAt: Date.UTC(2030, 0, 2),
      }),
      personOf({ id: 'v', name: 'Vera Viewed', kind: 'candidate', stage: undefined, company: 'Acme' }),
    ]);
    render(<TargetsView listHeight={800} />);
    await waitFor(() => expect(rows()).toHaveLength(3));
  });

  it('shows name link, headline, degree, stage and next action on each row', () => {
    const ben = rows().find((r) => r.textContent?.includes('Ben Okafor'))!;
    expect(within(ben).getByRole('link', { name: 'Ben Okafor' }).getAttribute('href')).toBe('#/person/b');
    expect(ben.textContent).toContain('Product designer · Acme');
    expect(ben.textContent).toContain('2nd degree');
    expect(ben.textContent).toContain('Met');
    expect(ben.textContent).toContain('Send a thank-you');
  });

  it('searches case- and accent-insensitively across name, company and headline', () => {
    const search = screen.getByLabelText(/search name/i);
    fireEvent.change(search, { target: { value: 'elodie' } });
    expect(rowNames()).toEqual(['Élodie Dubois']);
    fireEvent.change(search, { target: { value: 'SOCIETE' } });
    expect(rowNames()).toEqual(['Élodie Dubois']);
    fireEvent.change(search, { target: { value: 'designer' } });
    expect(rowNames()).toEqual(['Ben Okafor', 'Chloé Martin']);
    expect(status()).toMatch(/Showing 2 of 3 targets/);
  });

  it('filters by stage, degree, company and objective', () => {
    fireEvent.change(screen.getByLabelText('Stage'), { target: { value: 'met' } });
    expect(rowNames()).toEqual(['Ben Okafor']);
    fireEvent.change(screen.getByLabelText('Stage'), { target: { value: 'any' } });
    fireEvent.change(screen.getByLabelText('Degree'), { target: { value: '3rd' } });
    expect(rowNames()).toEqual(['Chloé Martin']);
    fireEvent.change(screen.getByLabelText('Degree'), { target: { value: 'any' } });
    fireEvent.change(screen.getByLabelText('Company'), { target: { value: 'generale' } });
    expect(rowNames()).toEqual(['Élodie Dubois']);
    fireEvent.change(screen.getByLabelText('Company'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Kind of objective'), { target: { value: 'company' } });
    expect(rowNames()).toEqual(['Ben Okafor']);
  });

  it('sorts by name, next action date, last updated and stage', () => {
    const sort = screen.getByLabelText('Sort by');
    expect(rowNames()).toEqual(['Ben Okafor', 'Chloé Martin', 'Élodie Dubois']);
    fireEvent.change(sort, { target: { value: 'next-action' } });
    expect(rowNames()).toEqual(['Chloé Martin', 'Ben Okafor', 'Élodie Dubois']);
    fireEvent.change(sort, { target: { value: 'updated' } });
    expect(rowNames()).toEqual(['Ben Okafor', 'Chloé Martin', 'Élodie Dubois']);
    fireEvent.change(sort, { target: { value: 'stage' } });
    expect(rowNames()).toEqual(['Chloé Martin', 'Élodie Dubois', 'Ben Okafor']);
  });

  it('moves focus with the arrow keys and opens the person with Enter', () => {
    const items = screen.getAllByRole('listitem');
    expect(items.map((i) => i.tabIndex)).toEqual([0, -1, -1]);
    act(() => items[0]!.focus());
    fireEvent.keyDown(items[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(screen.getAllByRole('listitem')[1]);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    const second = screen.getAllByRole('listitem')[1]!;
    expect(document.activeElement).toBe(second);
    expect(second.tabIndex).toBe(0);
    fireEvent.keyDown(second, { key: 'Enter' });
    expect(location.hash).toBe('#/person/c');
  });

  it('shows candidates on request and promotes one to target', async () => {
    fireEvent.click(screen.getByLabelText(/include profiles you only viewed/i));
    await waitFor(() => expect(rows()).toHaveLength(4));
    fireEvent.click(screen.getByRole('button', { name: 'Add Vera Viewed as a target' }));
    await waitFor(() => expect(status()).toMatch(/Vera Viewed is now a target/));
    const vera = await db.people.get('v');
    expect(vera).toMatchObject({ kind: 'target', stage: 'to-contact' });
    fireEvent.click(screen.getByLabelText(/include profiles you only viewed/i));
    await waitFor(() => expect(rowNames()).toContain('Vera Viewed'));
    expect(rows()).toHaveLength(4);
  });
});
