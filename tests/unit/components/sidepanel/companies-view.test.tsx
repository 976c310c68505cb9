// @vitest-environment jsdom
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CompaniesView } from '@/components/sidepanel/companies/CompaniesView';
import { ObjectivesView } from '@/components/sidepanel/objectives/ObjectivesView';
import { getDb } from '@/lib/store';
import { packConnections } from '@/lib/domain/directory/buckets';
import { saveCompany } from '@/lib/store/companies/companies';
import { createObjective } from '@/lib/store/objectives/objectives';

const db = getDb();
configure({ asyncUtilTimeout: 8_000 });
const NOW = Date.UTC(2025, 2, 13, 10);

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
  await db.connections.bulkPut(
    packConnections([
      { name: 'Ana Silva', profileUrl: 'https://www.linkedin.com/in/ana/', company: 'Northwind Health, Inc.', position: 'Designer', connectedOn: Date.UTC(2023, 0, 5) },
      { name: 'Ben Okafor', profileUrl: 'https://www.linkedin.com/in/ben/', company: 'Northwind Health Partners' },
      { name: 'Cy Park', profileUrl: 'https://www.linkedin.com/in/cy/', company: 'Metaview' },
    ]),
  );
});
afterEach(cleanup);

describe('CompaniesView', () => {
  it('lists each target company with what the user has there and the next move, under its objective', async () => {
    const objective = await createObjective(db, { kind: 'company', title: 'the design team' }, NOW);
    await saveCompany(db, { name: 'Northwind Health', objectiveId: objective.id }, NOW);
    render(<CompaniesView />);
    const card = await screen.findByTestId('company-card');
    expect(within(card).getByRole('link', { name: 'Northwind Health' }).getAttribute('href')).toBe('#/company/northwind%20health');
    expect(within(card).getByTestId('company-facts').textContent).toBe(
      'One 1st-degree connection · 0 people tracked · 0 meetings held · 0 referrals or introductions · 0 research clips',
    );
    expect(within(card).getByTestId('company-move').textContent).toBe(
      'You know one person at Northwind Health: ask Ana Silva directly about the design team.',
    );
    expect(within(card).getByText('Objective: the design team')).toBeTruthy();
  });

  it('answers "who do I know at …" by company, says the export knows only current employers, and suggests whole-word matches', async () => {
    render(<CompaniesView />);
    expect(await screen.findByText(/No target companies yet/)).toBeTruthy();
    expect(screen.getByText(/only each connection’s current employer/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Company name'), { target: { value: 'northwind health' } });
    const result = await screen.findByTestId('who-result');
    await waitFor(() => expect(result.textContent).toContain('You know one person at Northwind Health, Inc.:'));
    expect(within(result).getByTestId('known-connection').textContent).toMatch(/^Ana Silva — Designer · Connected /);
    await screen.findByRole('button', { name: 'Northwind Health Partners (1)' });
    fireEvent.change(screen.getByLabelText('Company name'), { target: { value: 'Meta' } });
    await waitFor(() => expect(screen.getByTestId('who-result').textContent).toContain('Nobody you know at Meta yet.'));
    expect(screen.queryByRole('button', { name: /Metaview/ })).toBeNull();
    fireEvent.click(within(screen.getByTestId('who-result')).getByRole('button', { name: 'Add Meta to your target companies' }));
    await waitFor(async () => expect((await db.companies.get('meta'))?.name).toBe('Meta'));
  });
});

describe('ObjectivesView', () => {
  it('shows each objective’s progress against its goal, and the overall numbers', async () => {
    await createObjective(db, { kind: 'role', title: 'Service design', goal: 5 }, NOW);
    render(<ObjectivesView />);
    const card = await screen.findByTestId('objective-card');
    await waitFor(() => expect(within(card).getByTestId('progress-headline').textContent).toBe('0 of 5 targets, 0 meetings held'));
    expect(within(card).getByText(/No requests yet/)).toBeTruthy();
    await waitFor(() => expect(screen.getAllByTestId('progress')).toHaveLength(2));
  });
});
