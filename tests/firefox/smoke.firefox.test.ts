import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMessages } from '../i18n-messages';
import { launchFirefox, waitFor, type FirefoxSession } from './harness';
import { FIREFOX_ADDON_ID, FIXTURES_DIR } from './paths';
import { TABS } from '@/components/sidepanel/routes';
import { loadDbFixtures } from '../fixtures/db/db-fixtures';
import { dumpDatabaseInPage, replaceDatabaseInPage } from '../fixtures/db/in-page-idb';
import { expectUpgraded, isLatest, requestedTarget } from '../fixtures/db/upgraded-checks';

interface StoredPerson {
  id: string;
  profileUrl: string;
  name: string;
  kind: string;
  degree: string;
  mutualCount?: number;
  mutuals: { name: string }[];
}

interface Expected {
  url: string;
  name: string;
  degree: string;
  mutualCount: number | null;
  mutualNames: string[];
}

/** Two profile pages: a real one (2018, 1st degree) and the 2026 layout (2nd degree, mutuals). */
const PAGES = [
  { dir: 'linkedin', file: '2018-12-pv-top-card-v2-1st-degree-highlights-mutual.html' },
  { dir: 'linkedin/synthetic', file: '2026-sdui-2nd-degree-mutuals.html' },
].map(({ dir, file }) => {
  const expected = (
    JSON.parse(readFileSync(`${FIXTURES_DIR}/${dir}/expected.json`, 'utf8')) as Record<string, Expected>
  )[file]!;
  return { file, html: readFileSync(`${FIXTURES_DIR}/${dir}/${file}`, 'utf8'), expected };
});

const messages = loadMessages();
const text = (key: string) => messages[key]!.message;
/** The side panel's tabs, in order (the routes table drives them). */
const TAB_LABELS = TABS.map((tab) => text(tab.label));

/** The page's own resources (its images), which a browser asks for whether or not Inroads is there. */
const referencedByPage = (url: string) => PAGES.some(({ html }) => html.replaceAll('&amp;', '&').includes(url));

describe('the Firefox add-on in Firefox ESR', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox();
    for (const { expected, html } of PAGES) session.linkedinPages.set(new URL(expected.url).pathname, html);
  });
  afterAll(async () => session?.close());

  it('installs as a temporary add-on, and its background starts', async () => {
    expect(session.addonId).toBe(FIREFOX_ADDON_ID);
    const page = await session.openTab(`${session.extensionBase}blank.html`);
    const state = await session.evaluate(
      page,
      async () => {
        const api = (
          globalThis as unknown as {
            browser: {
              runtime: { getBackgroundPage(): Promise<Window> };
              alarms: { getAll(): Promise<{ name: string }[]> };
            };
          }
        ).browser;
        const background = (await api.runtime.getBackgroundPage()) as unknown as Record<string, unknown>;
        // A production build: no test hook on the background's global scope.
        return {
          menuHandler: typeof background.inroadsMenuClick,
          alarms: (await api.alarms.getAll()).map((a) => a.name).sort(),
        };
      },
      null,
    );
    // Set on install (runtime.onInstalled) by the background script.
    expect(state).toEqual({ menuHandler: 'undefined', alarms: ['inroads-daily', 'inroads-recompute'] });
  });

  it('stores the person of each LinkedIn profile viewed, and sends nothing anywhere', async () => {
    for (const { expected } of PAGES) {
      await session.openTab(expected.url);
      const stored = await waitFor(
        async () => (await session.readTable<StoredPerson>('people')).find((p) => p.profileUrl === expected.url),
        `${expected.name} to be stored`,
      );
      expect(stored).toMatchObject({ kind: 'candidate', name: expected.name, degree: expected.degree });
      expect(stored.mutuals.map((m) => m.name)).toEqual(expected.mutualNames);
      if (expected.mutualCount !== null) expect(stored.mutualCount).toBe(expected.mutualCount);
    }
    // The pages' own images were asked for, and failed; nothing else was, by the page or by Inroads.
    expect(session.outsideRequests).toContainEqual(expect.stringMatching(/^https:\/\/media\.licdn\.com\//));
    expect(session.outsideRequests.filter((url) => !referencedByPage(url))).toEqual([]);
    expect(session.proxyRequests).toEqual([]);
  });

  it('renders the sidebar page: its tabs, the follow-ups, and a stored person', async () => {
    const panel = await session.openTab(`${session.extensionBase}sidepanel.html`);
    const shown = await waitFor(
      () =>
        session.evaluate(
          panel,
          () => {
            const tabs = [...document.querySelectorAll('nav a')].map((a) => a.textContent?.trim());
            const heading = document.querySelector('main h1')?.textContent?.trim();
            return tabs.length > 0 && heading ? { tabs, heading } : undefined;
          },
          null,
        ),
      'the sidebar page to render',
    );
    expect(shown).toEqual({ tabs: TAB_LABELS, heading: text('followUpsTitle') });

    const theo = PAGES[0]!.expected;
    const person = (await session.readTable<StoredPerson>('people')).find((p) => p.profileUrl === theo.url);
    expect(person, 'stored by the previous test').toBeDefined();
    await session.evaluate(panel, (id: string) => void (location.hash = `#/person/${id}`), person!.id);
    const heading = await waitFor(async () => {
      const shownName = await session.evaluate(
        panel,
        () => document.querySelector('main h1')?.textContent?.trim(),
        null,
      );
      return shownName === theo.name && shownName;
    }, `${theo.name}'s page`);
    expect(heading).toBe(theo.name);
    expect(session.consoleErrors).toEqual([]);
  });

  it('upgrades a database from an earlier Inroads (version 3) when the sidebar page opens', async () => {
    const fixture = loadDbFixtures().find((candidate) => candidate.version === 3)!;
    const { idbVersion, stores, rows } = fixture;
    const blank = await session.openTab(`${session.extensionBase}blank.html`);
    await session.evaluate(blank, replaceDatabaseInPage, { name: 'inroads', idbVersion, stores, rows });
    const panel = await session.openTab(`${session.extensionBase}sidepanel.html#/targets`);
    const target = requestedTarget(fixture);
    await waitFor(
      () =>
        session.evaluate(panel, (name: string) => document.querySelector('main')?.textContent?.includes(name), target),
      `${target} in the Targets view`,
      30_000,
    );
    const after = await waitFor(async () => {
      const dump = await session.evaluate(blank, dumpDatabaseInPage, 'inroads');
      return isLatest(dump) && dump;
    }, 'the newest schema version');
    expectUpgraded(fixture, after);
    expect(session.consoleErrors).toEqual([]);
  });

  it('sees errors on add-on pages (so "no console errors" above means something)', async () => {
    const page = await session.openTab(`${session.extensionBase}blank.html`);
    await session.evaluate(page, () => console.error('inroads harness self-check'), null);
    await waitFor(
      async () => session.consoleErrors.some((e) => e.includes('inroads harness self-check')),
      'the error to be seen',
    );
  });
});
