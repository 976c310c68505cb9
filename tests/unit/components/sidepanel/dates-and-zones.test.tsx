// @vitest-environment jsdom
/**
 * Dates in the side panel: a damaged stored date never breaks a view (the
 * row degrades), and every date reads in the one zone chosen in Settings —
 * the zone the follow-up list groups by — whatever the machine's zone.
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/store';
import { logTouch } from '@/lib/store/history/touches';
import { saveSettings } from '@/lib/store/settings/settings-save';
import { PersonView } from '@/components/sidepanel/person/PersonView';
import { SidePanelApp } from '@/components/sidepanel/SidePanelApp';
import { RowBoundary } from '@/components/shared/RowBoundary';
import { formatDateTime, setDisplayTimeZone } from '@/components/shared/labels';
import { personOf } from './targets-fixtures';
import { DAY, resetAt, targetNamed } from './seed';

const machineZone = process.env.TZ;
beforeAll(() => {
  // The machine is in Los Angeles.
  process.env.TZ = 'America/Los_Angeles';
});
afterAll(() => {
  process.env.TZ = machineZone;
  setDisplayTimeZone(undefined);
});

/** Thursday 13 March 2025, 13:00 in Los Angeles: already Friday 14 March, 09:00, in Auckland. */
const now = Date.UTC(2025, 2, 13, 20);

beforeEach(async () => {
  await resetAt(now);
  setDisplayTimeZone(undefined);
  location.hash = '';
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('a damaged stored date', () => {
  it('touch.at = 1e16 (written by an older version) does not break the person page: the row shows a dash', async () => {
    const jane = await targetNamed('Jane Doe', now - 5 * DAY);
    await logTouch(getDb(), { personId: jane.id, kind: 'request', at: now - 3 * DAY, channel: 'email' }, now - 3 * DAY);
    await getDb().touches.put({ id: 'bad', personId: jane.id, kind: 'reply', at: 1e16, channel: 'email', createdAt: now });
    render(<PersonView personId={jane.id} />);
    const timeline = await screen.findByTestId('timeline');
    await waitFor(() => expect(within(timeline).getAllByRole('listitem')).toHaveLength(2));
    expect(within(timeline).getByText('Request sent')).toBeTruthy();
    expect(within(timeline).getByText('—')).toBeTruthy();
    expect(screen.queryByTestId('view-failed')).toBeNull();
    expect(screen.getByRole('heading', { level: 1, name: 'Jane Doe' })).toBeTruthy();
  });

  it('a row that cannot be drawn degrades alone; the list stays', () => {
    const Broken = () => {
      throw new RangeError('Invalid time value');
    };
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <ul>
        <RowBoundary>
          <Broken />
        </RowBoundary>
        <RowBoundary>
          <li>Ana Silva</li>
        </RowBoundary>
      </ul>,
    );
    expect(screen.getByTestId('row-failed').textContent).toMatch(/could not be shown/);
    expect(screen.getByText('Ana Silva')).toBeTruthy();
  });
});

describe('one time zone: the one in Settings', () => {
  it('"Due today" in Auckland reads Friday 14 on a Los Angeles machine, like the grouping', async () => {
    await saveSettings(getDb(), { timeZone: 'Pacific/Auckland' });
    // Due Friday 14 March, 10:00 in Auckland (Thursday 13, 14:00 in Los Angeles).
    const due = Date.UTC(2025, 2, 13, 21);
    await getDb().people.put(
      personOf({
        id: 'ana',
        name: 'Ana Silva',
        nextAction: { kind: 'follow-up', due, reason: { code: 'follow-up-first', params: ['Ana Silva'] } },
        nextActionAt: due,
      }),
    );
    location.hash = '#/follow-ups';
    render(<SidePanelApp />);
    const link = await screen.findByRole('link', { name: 'Ana Silva' });
    const row = link.closest('[data-testid="follow-up-row"]') as HTMLElement;
    expect(row.dataset.section).toBe('today');
    const pill = within(row).getByText(/^Due today/);
    expect(pill.textContent).toMatch(/Fri/);
    expect(pill.textContent).toMatch(/14/);
    expect(pill.textContent).toMatch(/10:00/);
    // The machine's zone would have said Thursday 13, 14:00.
    setDisplayTimeZone(undefined);
    expect(formatDateTime(due)).toMatch(/Thu.*13.*02:00/);
  });

  it('date inputs read and write the same zone', async () => {
    const { toDateTimeInput, fromDateTimeInput, toDateInput, fromDateInput } = await import('@/components/shared/labels');
    setDisplayTimeZone('Pacific/Auckland');
    expect(toDateTimeInput(now)).toBe('2025-03-14T09:00');
    expect(fromDateTimeInput('2025-03-14T09:00')).toBe(now);
    expect(toDateInput(now)).toBe('2025-03-14');
    expect(fromDateInput('2025-03-14', 9)).toBe(now);
  });
});
