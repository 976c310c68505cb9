// @vitest-environment jsdom
/** The warm-path forms and views as a user meets them (an exploratory pass found each of these in Chromium). */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/store';
import { ObjectiveForm } from '@/components/sidepanel/objectives/ObjectiveForm';
import { ObjectivesView } from '@/components/sidepanel/objectives/ObjectivesView';
import { AddCompanyForm } from '@/components/sidepanel/companies/AddCompanyForm';
import { FollowUpsView } from '@/components/sidepanel/follow-ups/FollowUpsView';
import { companyOfKey, saveCompany } from '@/lib/store/companies/companies';
import { createObjective } from '@/lib/store/objectives/objectives';
import { companySuggestions, knownCompanyKeys } from '@/lib/store/companies/who-do-i-know';
import { logTouch } from '@/lib/store/history/touches';
import { DAY, THURSDAY, resetAt, targetNamed } from './seed';

const now = THURSDAY;
const db = getDb();
beforeEach(() => resetAt(now));
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('a new objective', () => {
  it('takes the number of people typed after the field is cleared (it read 53 for 3)', async () => {
    render(<ObjectiveForm />);
    fireEvent.change(screen.getByLabelText('What you want to learn'), { target: { value: 'Service design' } });
    const goal = screen.getByLabelText('People to start with') as HTMLInputElement;
    fireEvent.change(goal, { target: { value: '' } });
    expect(goal.value).toBe('');
    fireEvent.change(goal, { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create objective' }));
    await waitFor(async () => expect((await db.objectives.toArray()).map((o) => o.goal)).toEqual([3]));
  });
});

describe('adding a target company again', () => {
  it('with "No objective" keeps the objective the company has', async () => {
    const objective = await createObjective(db, { kind: 'company', title: 'the design team' }, now);
    await saveCompany(db, { name: 'Northwind Health', objectiveId: objective.id }, now);
    render(<AddCompanyForm objectives={[objective]} />);
    fireEvent.change(screen.getByLabelText('Company'), { target: { value: 'Northwind Health, Inc.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add company' }));
    await screen.findByText(/Northwind Health is one of your target companies/);
    expect((await companyOfKey(db, 'northwind health'))?.objectiveId).toBe(objective.id);
  });
});

describe('who do I know at …', () => {
  it('suggests a company only tracked people work at by its spelling, not its key', async () => {
    const priya = await targetNamed('Priya Raman', now);
    await db.people.update(priya.id, { company: 'Contoso Bank' });
    expect((await db.people.get(priya.id))?.companyKey).toBe('contoso bank');
    const suggestions = await companySuggestions(db, await knownCompanyKeys(db), 'Contoso');
    expect(suggestions).toEqual([{ key: 'contoso bank', name: 'Contoso Bank', count: 0 }]);
  });
});

describe('progress while open', () => {
  it('counts a request sent while the page is open in the last 7 days', async () => {
    await createObjective(db, { kind: 'role', title: 'Service design', goal: 5 }, now);
    render(<ObjectivesView />);
    await waitFor(() => expect(screen.getAllByText(/^0 requests in the last 7 days/).length).toBeGreaterThan(0));
    const jane = await targetNamed('Jane Doe', now - DAY);
    vi.setSystemTime(now + 60_000);
    await logTouch(db, { personId: jane.id, kind: 'request', at: now + 30_000, channel: 'email' }, now + 30_000);
    expect((await screen.findAllByText(/^One request in the last 7 days/)).length).toBeGreaterThan(0);
  });
});

describe('Follow-ups filtered by an objective', () => {
  it('says nothing is owed for that objective instead of showing a blank list', async () => {
    const jane = await targetNamed('Jane Doe', now - 9 * DAY);
    await logTouch(db, { personId: jane.id, kind: 'request', at: now - 8 * DAY, channel: 'email' }, now - 8 * DAY);
    const objective = await createObjective(db, { kind: 'role', title: 'Service design' }, now);
    render(<FollowUpsView />);
    await screen.findByRole('link', { name: 'Jane Doe' });
    fireEvent.change(screen.getByLabelText('Objective'), { target: { value: objective.id } });
    expect((await screen.findByTestId('follow-ups-none-for-objective')).textContent).toMatch(
      /Nothing owed for this objective/,
    );
  });
});
