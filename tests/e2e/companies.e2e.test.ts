/**
 * Companies, warm paths and lists in Chromium: import the sample
 * Connections.csv, visit a 3rd-degree profile at a company where the user has
 * a connection (the popup proposes that connection as introducer, with the
 * reason), see the company and that connection in the Companies view, and add
 * two people from a people-search page as targets under one objective.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profilePageHtml, type DemoProfile } from '../fixtures/demo/profiles';
import { clickToolbarAction, launchExtension, tabIdOf, waitFor, type ExtensionSession } from './harness';
import { FIXTURES_DIR } from './paths';

const CSV = `${FIXTURES_DIR}/connections/connections-export-2024-notes-preamble-url-EXCERPT.csv`;
// The excerpt lists "Rustam Nazarov, Azure Developer at Infosys": the profile writes the company with its legal form.
const ARJUN: DemoProfile = {
  slug: 'arjun-mehta-cloud',
  memberId: 'ACoAAQ1xArjun0Mehta0Cloud7',
  name: 'Arjun Mehta',
  headline: 'Cloud Architect at Infosys',
  company: 'Infosys Limited',
  location: 'Pune, India',
  degree: '3rd',
};
const ARJUN_URL = `https://www.linkedin.com/in/${ARJUN.slug}/`;
const SEARCH_PATH = '/search/results/people/';
const SEARCH_URL = `https://www.linkedin.com${SEARCH_PATH}?keywords=product%20designer`;

interface StoredPerson {
  name: string;
  kind: string;
  stage?: string;
  degree: string;
  headline?: string;
  profileUrl?: string;
  objectiveId?: string;
}

describe('companies and warm paths', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension({ keepWelcome: true });
    session.linkedinPages.set(`/in/${ARJUN.slug}/`, profilePageHtml(ARJUN));
    session.linkedinPages.set(SEARCH_PATH, readFileSync(`${FIXTURES_DIR}/linkedin/synthetic/2026-sdui-people-search.html`, 'utf8'));
  });
  afterAll(async () => session?.close());

  it('opens the welcome page once, on install: the method in five lines, the Connections.csv steps, a first objective', async () => {
    const welcome = await waitFor(
      async () => session.context.pages().find((p) => p.url().endsWith('/sidepanel.html#/welcome')),
      'the welcome tab',
    );
    await welcome.getByRole('heading', { name: 'Welcome to Inroads', level: 1 }).waitFor();
    expect(await welcome.getByTestId('welcome-method').getByRole('listitem').count()).toBe(5);
    expect(await welcome.getByLabel('Connections.csv file').count()).toBe(1);
    expect(await welcome.getByRole('button', { name: 'Create objective' }).count()).toBe(1);
    await welcome.close();
  });

  it('imports Connections.csv, then proposes a connection at the same company as introducer on a 3rd-degree profile', async () => {
    const data = await session.openExtensionPage('sidepanel.html#/data');
    await data.getByLabel('Connections.csv file').setInputFiles(CSV);
    await data.getByRole('status', { name: 'Import summary' }).waitFor();
    await data.close();

    await session.openLinkedIn(`/in/${ARJUN.slug}/`);
    const popup = await session.openExtensionPage(`popup.html?tabId=${await tabIdOf(session, ARJUN_URL)}`);
    await expect.poll(() => popup.getByTestId('approach').textContent()).toContain('Introduction request');
    const introducer = popup.getByTestId('introducer');
    // Options are keyed by rank (two mutuals shown as one first name stay two choices): the chosen one's text names him.
    expect(await introducer.locator('option:checked').textContent()).toBe(
      'Rustam Nazarov — Rustam works at Infosys Limited with Arjun, and is one of your 1st-degree connections.',
    );
    expect(await popup.getByTestId('reasons').textContent()).toContain('You know Rustam Nazarov, who works at Infosys Limited with Arjun');
    await expect.poll(() => popup.getByTestId('draft').inputValue()).toContain('Rustam');
    await popup.close();
  });

  it('lists the company with that connection in the Companies view', async () => {
    const panel = await session.openExtensionPage('sidepanel.html#/companies');
    await panel.getByLabel('Company name').fill('infosys');
    const result = panel.getByTestId('who-result');
    await expect.poll(() => result.textContent()).toContain('You know one person at Infosys:');
    expect(await result.getByTestId('known-connection').textContent()).toContain('Rustam Nazarov — Azure Developer');
    await result.getByRole('button', { name: 'Add Infosys to your target companies' }).click();
    const card = panel.getByTestId('company-card').filter({ hasText: 'Infosys' });
    await card.waitFor();
    expect(await card.getByTestId('company-facts').textContent()).toContain('One 1st-degree connection');
    expect(await card.getByTestId('company-move').textContent()).toBe(
      'You know one person at Infosys: ask Rustam Nazarov directly for 15 minutes.',
    );
    await card.getByRole('link', { name: 'Infosys' }).click();
    await panel.getByRole('heading', { name: 'Infosys', level: 1 }).waitFor();
    expect(await panel.getByTestId('known-connection').first().textContent()).toMatch(/Rustam Nazarov — Azure Developer · Connected /);
    expect(session.consoleErrors).toEqual([]);
    await panel.close();
  });

  it('adds two people from a people-search page as targets under one objective', async () => {
    const objectives = await session.openExtensionPage('sidepanel.html#/objectives');
    await objectives.getByLabel('What you want to learn').fill('Product design in health tech');
    await objectives.getByRole('button', { name: 'Create objective' }).click();
    await objectives.getByTestId('objective-card').waitFor();
    await objectives.close();

    const search = await session.context.newPage();
    await search.goto(SEARCH_URL);
    // The toolbar button grants activeTab on that page, as a user would click it before listing.
    await clickToolbarAction(session, SEARCH_URL);
    const tabId = await waitFor(
      () =>
        session.serviceWorker.evaluate(async (url) => {
          const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome;
          return (await api.tabs.query({})).find((t) => t.url === url)?.id;
        }, SEARCH_URL),
      'the search tab',
    );
    const before = await search.evaluate(() => document.documentElement.outerHTML);
    const panel = await session.openExtensionPage(`sidepanel.html?tabId=${tabId}#/this-page`);
    await panel.getByRole('button', { name: 'List people on this page' }).click();
    const rows = panel.getByTestId('visible-person');
    await expect.poll(() => rows.count()).toBe(10);
    expect(await panel.getByText('10 people on this page.').count()).toBe(1);
    await rows.filter({ hasText: 'Maya Lindqvist' }).getByRole('checkbox').check();
    await rows.filter({ hasText: 'Femi Adeyemi' }).getByRole('checkbox').check();
    await panel.getByRole('form', { name: 'Add people as targets' }).getByLabel('Objective').selectOption({ label: 'Product design in health tech' });
    await panel.getByRole('button', { name: 'Add 2 as targets' }).click();
    await panel.getByText('2 people added as targets to “Product design in health tech”.').waitFor();
    const people = await waitFor(async () => {
      const rows = (await session.readTable<StoredPerson>('people')).filter((p) => p.objectiveId);
      return rows.length === 2 && rows;
    }, 'the two targets');
    expect(people.map((p) => [p.name, p.kind, p.stage, p.degree, p.profileUrl]).sort()).toEqual([
      ['Femi Adeyemi', 'target', 'to-contact', '2nd', 'https://www.linkedin.com/in/femi-adeyemi/'],
      ['Maya Lindqvist', 'target', 'to-contact', '2nd', 'https://www.linkedin.com/in/maya-lindqvist/'],
    ]);
    const [objective] = await session.readTable<{ id: string }>('objectives');
    expect(people.every((p) => p.objectiveId === objective!.id)).toBe(true);
    // Now marked as targets, and LinkedIn's page is exactly as it was.
    await expect.poll(() => rows.filter({ hasText: 'Already a target' }).count()).toBe(2);
    expect(await search.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    // The only requests outside are the search page's own photos (the fixture links them): none is Inroads'.
    expect(session.outsideRequests.filter((url) => !url.startsWith('https://media.licdn.com/'))).toEqual([]);
    expect(session.consoleErrors.filter((line) => line.startsWith('chrome-extension://'))).toEqual([]);
    await panel.close();
  });

  it('without the toolbar click, reads the page through the LinkedIn host permission (the one the content script has), changing nothing', async () => {
    const url = `https://www.linkedin.com${SEARCH_PATH}?keywords=researcher`;
    const search = await session.context.newPage();
    await search.goto(url);
    // The page just opened is the active tab; no toolbar click, so no activeTab grant.
    const tabId = await session.serviceWorker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome;
      return (await api.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
    });
    const before = await search.evaluate(() => document.documentElement.outerHTML);
    const panel = await session.openExtensionPage(`sidepanel.html?tabId=${tabId}#/this-page`);
    await panel.getByRole('button', { name: 'List people on this page' }).click();
    await expect.poll(() => panel.getByTestId('visible-person').count()).toBe(10);
    expect(await panel.getByRole('button', { name: 'Allow for LinkedIn pages' }).count()).toBe(0);
    expect(await search.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await panel.close();
  });
});
