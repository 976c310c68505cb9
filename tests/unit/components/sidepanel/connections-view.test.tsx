// @vitest-environment jsdom
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatUtcDay } from '@/components/shared/labels';
import { CONNECTION_ROW_HEIGHT } from '@/components/sidepanel/connections/ConnectionRow';
import { ConnectionsView } from '@/components/sidepanel/connections/ConnectionsView';
import { ImportSummary } from '@/components/sidepanel/data/ImportSummary';
import { getDb } from '@/lib/store';
import { packConnections } from '@/lib/domain/directory/buckets';
import type { Connection } from '@/lib/domain/model';
import { personOf } from './targets-fixtures';

const db = getDb();
configure({ asyncUtilTimeout: 8_000 });
const url = (slug: string) => `https://www.linkedin.com/in/${slug}/`;
const rows = () => screen.queryAllByTestId('connection-row');
const rowOf = (name: string) => rows().find((r) => within(r).queryByText(name, { exact: true }))!;
const rowNames = () => rows().map((r) => r.querySelector('.target-name')?.textContent);
const status = () => screen.getByRole('status').textContent ?? '';
const MAY_30 = Date.UTC(2024, 4, 30);

const DIRECTORY: Connection[] = [
  {
    name: 'Meera Khanna',
    profileUrl: url('meera-khanna-221d6b'),
    company: 'Prepfully',
    position: 'Business Development Manager',
    connectedOn: MAY_30,
  },
  { name: 'Élodie Dubois', profileUrl: url('elodie'), company: 'Société Générale', position: 'Risk analyst' },
  { name: '<b>Bold</b> Name', company: 'Globex', position: 'Designer', connectedOn: 8.7e15 },
  { name: 'Ana Silva', profileUrl: 'javascript:alert(1)', company: 'Acme', connectedOn: Date.UTC(2023, 0, 1) },
];

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
  location.hash = '#/connections';
});
afterEach(cleanup);

describe('formatUtcDay', () => {
  it('shows the UTC calendar day with its year, and a dash for a damaged date', () => {
    // UTC midnight is the day before west of Greenwich: the day must not shift.
    expect(formatUtcDay(MAY_30)).toMatch(/30/);
    expect(formatUtcDay(MAY_30)).toMatch(/2024/);
    expect(formatUtcDay(Date.UTC(2024, 0, 1))).toMatch(/\b1\b/);
    // The whole UTC day formats the same, whatever the machine's time zone.
    expect(formatUtcDay(Date.UTC(2024, 4, 30, 23, 59))).toBe(formatUtcDay(MAY_30));
    expect(formatUtcDay(Date.UTC(2024, 4, 29, 23, 59))).not.toBe(formatUtcDay(MAY_30));
    expect(formatUtcDay(Number.NaN)).toBe('—');
    expect(formatUtcDay(8.7e15)).toBe('—');
  });
});

describe('ConnectionsView', () => {
  it('explains how to import when the directory is empty, with a link to the Data tab', async () => {
    render(<ConnectionsView listHeight={600} />);
    await waitFor(() => expect(status()).toBe('0 connections'));
    expect(screen.getByText(/No connections yet/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Import Connections.csv' }).getAttribute('href')).toBe('#/data');
    expect(screen.queryByRole('list')).toBeNull();
  });

  describe('with connections', () => {
    beforeEach(async () => {
      await db.connections.bulkPut(packConnections(DIRECTORY));
      await db.people.add(personOf({ id: 'p-elodie', name: 'Élodie Dubois', profileUrl: url('elodie') }));
      render(<ConnectionsView listHeight={800} />);
      await waitFor(() => expect(rows()).toHaveLength(4));
    });

    it('lists everyone by name as 1st-degree, with the count', () => {
      expect(status()).toBe('4 connections');
      expect(rowNames()).toEqual(['<b>Bold</b> Name', 'Ana Silva', 'Élodie Dubois', 'Meera Khanna']);
      for (const row of rows()) expect(within(row).getByTestId('connection-degree').textContent).toBe('1st degree');
      expect(screen.getByRole('list', { name: 'Your connections' })).toBeTruthy();
    });

    it('shows a name as text, never as HTML', () => {
      const row = rowOf('<b>Bold</b> Name');
      expect(row.querySelector('b')).toBeNull();
    });

    it('shows position, company and the connected-on day (a damaged day as a dash)', () => {
      const meera = rowOf('Meera Khanna');
      expect(meera.textContent).toContain('Business Development Manager · Prepfully');
      expect(meera.textContent).toContain(`Connected ${formatUtcDay(MAY_30)}`);
      expect(rowOf('<b>Bold</b> Name').textContent).toContain('Connected —');
      expect(rowOf('Élodie Dubois').textContent).not.toContain('Connected');
    });

    it('links to the LinkedIn profile in a new tab, only for a real profile address', () => {
      const link = within(rowOf('Meera Khanna')).getByRole('link', { name: 'LinkedIn profile of Meera Khanna' });
      expect(link.getAttribute('href')).toBe(url('meera-khanna-221d6b'));
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toContain('noopener');
      expect(within(rowOf('Ana Silva')).queryByRole('link', { name: /LinkedIn profile/ })).toBeNull();
      expect(within(rowOf('<b>Bold</b> Name')).queryByRole('link', { name: /LinkedIn profile/ })).toBeNull();
    });

    it('links a connection who is already a person to their page instead of offering to add them', () => {
      const elodie = rowOf('Élodie Dubois');
      const open = within(elodie).getByRole('link', { name: 'Open page of Élodie Dubois' });
      expect(open.getAttribute('href')).toBe('#/person/p-elodie');
      expect(within(elodie).queryByRole('button')).toBeNull();
      expect(within(rowOf('Meera Khanna')).getByRole('button', { name: 'Add Meera Khanna as a target' })).toBeTruthy();
    });

    it('forgets every connection after a confirmation, keeping people', async () => {
      const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
      fireEvent.click(screen.getByRole('button', { name: 'Forget these connections' }));
      expect(confirm).toHaveBeenCalledWith(expect.stringContaining('Delete all 4 imported connections'));
      expect(await db.connections.count()).toBeGreaterThan(0);
      fireEvent.click(screen.getByRole('button', { name: 'Forget these connections' }));
      await waitFor(() => expect(status()).toBe('0 connections'));
      expect(await db.connections.count()).toBe(0);
      expect(await db.people.count()).toBe(1);
      expect(screen.queryByRole('button', { name: 'Forget these connections' })).toBeNull();
      confirm.mockRestore();
    });

    it('"Add as target" makes a 1st-degree target of the connection and opens their page', async () => {
      fireEvent.click(within(rowOf('Meera Khanna')).getByRole('button', { name: 'Add Meera Khanna as a target' }));
      await waitFor(() => expect(location.hash).toMatch(/^#\/person\/.+/));
      const id = decodeURIComponent(location.hash.slice('#/person/'.length));
      const person = await db.people.get(id);
      expect(person).toMatchObject({
        name: 'Meera Khanna',
        kind: 'target',
        degree: '1st',
        profileUrl: url('meera-khanna-221d6b'),
        connectedOn: MAY_30,
        company: 'Prepfully',
      });
      // The live query now links the row to the new person.
      await waitFor(() =>
        expect(
          within(rowOf('Meera Khanna')).getByRole('link', { name: 'Open page of Meera Khanna' }).getAttribute('href'),
        ).toBe(`#/person/${encodeURIComponent(id)}`),
      );
    });

    it('searches name, company and position, case- and accent-insensitively', () => {
      const search = screen.getByLabelText('Search name, company or position');
      fireEvent.change(search, { target: { value: 'ELODIE' } });
      expect(rowNames()).toEqual(['Élodie Dubois']);
      expect(status()).toBe('Showing 1 of 4 connections');
      fireEvent.change(search, { target: { value: 'societe' } });
      expect(rowNames()).toEqual(['Élodie Dubois']);
      fireEvent.change(search, { target: { value: 'designer' } });
      expect(rowNames()).toEqual(['<b>Bold</b> Name']);
      fireEvent.change(search, { target: { value: 'nobody here' } });
      expect(rows()).toHaveLength(0);
      expect(screen.getByText('No connection matches this search.')).toBeTruthy();
    });
  });

  it('renders only the rows in view for 30,000 connections', async () => {
    const many: Connection[] = Array.from({ length: 30_000 }, (_, i) => ({
      name: `Person ${String(i).padStart(5, '0')}`,
      profileUrl: url(`p-${i}`),
      company: ['Acme', 'Société Générale', 'Globex'][i % 3],
      connectedOn: MAY_30,
    }));
    await db.connections.bulkPut(packConnections(many));
    render(<ConnectionsView listHeight={600} />);
    await waitFor(() => expect(status()).toBe('30,000 connections'), { timeout: 20_000 });
    const list = screen.getByRole('list', { name: 'Your connections' });
    const items = within(list).getAllByRole('listitem');
    expect(items.length).toBeLessThan(30);
    expect(items[0]!.getAttribute('aria-setsize')).toBe('30000');
    expect(list.style.height).toBe(`${30_000 * CONNECTION_ROW_HEIGHT}px`);
    expect(rowNames()[0]).toBe('Person 00000');
    const started = performance.now();
    fireEvent.change(screen.getByLabelText('Search name, company or position'), { target: { value: 'GENERALE' } });
    expect(status()).toBe('Showing 10,000 of 30,000 connections');
    console.info(`30k search + render in jsdom: ${(performance.now() - started).toFixed(1)} ms`);
  }, 60_000);
});

describe('ImportSummary', () => {
  it('links to the Connections tab', () => {
    render(
      <ImportSummary
        summary={{ ok: true, format: 'notes-preamble-url', rows: 2, added: 2, updated: 0, unchanged: 0, skipped: [] }}
      />,
    );
    expect(screen.getByRole('link', { name: 'See your connections' }).getAttribute('href')).toBe('#/connections');
  });
});
