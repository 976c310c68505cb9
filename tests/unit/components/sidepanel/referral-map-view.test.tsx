// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReferralMapView } from '@/components/sidepanel/referrals/ReferralMapView';
import { getDb } from '@/lib/store';
import { deletePerson } from '@/lib/store/people/person-edit';
import { personOf } from './targets-fixtures';

const db = getDb();

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});
afterEach(cleanup);

describe('ReferralMapView', () => {
  it('says so when there are no referrals', async () => {
    await db.people.put(personOf({ id: 'a', name: 'Ana' }));
    render(<ReferralMapView />);
    expect(await screen.findByText(/No referrals yet/)).toBeTruthy();
  });

  it('shows who led to whom with counts per level, links and stages', async () => {
    await db.people.bulkPut([
      personOf({ id: 'a', name: 'Ana Silva', stage: 'met', createdAt: 1 }),
      personOf({ id: 'b', name: 'Ben Okafor', referredById: 'a', stage: 'met', createdAt: 2 }),
      personOf({ id: 'c', name: 'Cleo Diaz', referredById: 'a', createdAt: 3 }),
      personOf({ id: 'd', name: 'Dev Patel', referredById: 'b', stage: 'requested', createdAt: 4 }),
      personOf({ id: 'e', name: 'Eve Stone', referredById: 'd', createdAt: 5 }),
      personOf({ id: 'g', name: 'Gus Hale', stage: 'met', createdAt: 6 }),
      personOf({ id: 'h', name: 'Hana Ito', referredById: 'g', createdAt: 7 }),
      personOf({ id: 'z', name: 'Zed Alone', createdAt: 8 }),
    ]);
    render(<ReferralMapView />);
    const levels = await screen.findByTestId('referral-levels');
    expect(levels.textContent).toBe('You → Level 1: 2 people · Level 2: 3 · Level 3: 1 · Level 4: 1');
    const nodes = screen.getAllByTestId('referral-node');
    expect(nodes.map((n) => n.dataset.level)).toEqual(['1', '2', '3', '4', '2', '1', '2']);
    const ben = within(nodes[1]!).getAllByRole('link')[0]!;
    expect(ben.textContent).toBe('Ben Okafor');
    expect(ben.getAttribute('href')).toBe('#/person/b');
    expect(nodes[2]!.textContent).toContain('Requested');
    expect(screen.queryByText('Zed Alone')).toBeNull();
  });

  it('keeps a deleted referrer by name, survives a loop, and updates live', async () => {
    await db.people.bulkPut([
      personOf({ id: 'a', name: 'Ana Silva', createdAt: 1 }),
      personOf({ id: 'b', name: 'Ben Okafor', referredById: 'a', createdAt: 2 }),
      personOf({ id: 'x', name: 'Xia Loop', referredById: 'y', createdAt: 3 }),
      personOf({ id: 'y', name: 'Yuri Loop', referredById: 'x', createdAt: 4 }),
      personOf({ id: 's', name: 'Sam Self', referredById: 's', createdAt: 5 }),
    ]);
    render(<ReferralMapView />);
    await waitFor(() =>
      expect(screen.getByTestId('referral-levels').textContent).toBe('You → Level 1: 2 people · Level 2: 2'),
    );
    expect(screen.getByText(/referral loop/)).toBeTruthy();
    expect(screen.queryByText('Sam Self')).toBeNull();

    await deletePerson(db, 'a');
    await waitFor(() => expect(screen.getByText(/no longer in Inroads/)).toBeTruthy());
    const ana = screen.getByText('Ana Silva');
    expect(ana.closest('a')).toBeNull();
    expect(screen.getByTestId('referral-levels').textContent).toBe('You → Level 1: 2 people · Level 2: 2');
  });
});
