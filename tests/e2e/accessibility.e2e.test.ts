// The seed is built with the app's own functions on an in-memory IndexedDB (before Dexie loads).
import 'fake-indexeddb/auto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PROFILES, profilePageHtml } from '../fixtures/demo/profiles';
import { buildDemoWeek } from '../fixtures/demo/seed-week';
import { packConnections } from '@/lib/domain/directory/buckets';
import {
  accessibilityTree,
  axeViolations,
  focusStop,
  isBlocking,
  isFocused,
  isInside,
  markForFocus,
  nameOf,
  roleOf,
  settled,
  showsFocus,
  tabThrough,
  waitForTree,
  type AxeFinding,
} from './a11y-checks';
import { launchExtension, seedTables, tabIdOf, type ExtensionSession } from './harness';

const maya = DEMO_PROFILES[0]!;
const mayaPath = `/in/${maya.slug}/`;
const DAY = 86_400_000;
const CLIP_TITLE = 'How Northwind Health rebuilt its design system';

interface Where {
  popupPath: string;
  person(name: string): string;
  meetingOf(name: string): string;
}

/** Every page the user can reach, with what to open on it before checking. */
const PAGES: { name: string; path(at: Where): string; prepare?(page: Page): Promise<void> }[] = [
  { name: 'popup on a 2nd-degree profile', path: (at) => at.popupPath },
  {
    name: 'popup marking a request as sent',
    path: (at) => at.popupPath,
    prepare: (page) => page.getByRole('button', { name: 'Mark as sent…' }).click(),
  },
  {
    name: 'popup with your details open',
    path: (at) => at.popupPath,
    prepare: (page) => page.locator('summary', { hasText: 'Your details' }).click(),
  },
  { name: 'popup off a profile', path: () => 'popup.html' },
  { name: 'follow-ups', path: () => 'sidepanel.html#/follow-ups' },
  {
    name: 'follow-ups with a draft and the snooze menu open',
    path: () => 'sidepanel.html#/follow-ups',
    prepare: async (page) => {
      const row = page.getByTestId('follow-up-row').filter({ hasText: 'Inês Duarte' });
      await row.getByRole('button', { name: 'Draft' }).click();
      await row
        .getByRole('group', { name: /Draft for/ })
        .getByLabel('Message')
        .waitFor();
      await row.locator('summary', { hasText: 'Snooze' }).click();
    },
  },
  { name: 'targets', path: () => 'sidepanel.html#/targets' },
  { name: 'companies', path: () => 'sidepanel.html#/companies' },
  { name: 'a company', path: () => 'sidepanel.html#/company/Northwind%20Health' },
  { name: 'this page', path: () => 'sidepanel.html#/this-page' },
  { name: 'progress', path: () => 'sidepanel.html#/objectives' },
  { name: 'welcome', path: () => 'sidepanel.html#/welcome' },
  {
    name: 'connections (one already a person)',
    path: () => 'sidepanel.html#/connections',
    prepare: (page) => page.getByRole('link', { name: 'Open page of Chloé Martin' }).waitFor(),
  },
  { name: 'a person who was met', path: (at) => `sidepanel.html#/person/${at.person('Chloé Martin')}` },
  { name: 'a person with a request out', path: (at) => `sidepanel.html#/person/${at.person('Inês Duarte')}` },
  { name: 'a meeting to prepare', path: (at) => `sidepanel.html#/meeting/${at.meetingOf('Noor Haddad')}` },
  {
    name: 'a meeting with notes and referrals',
    path: (at) => `sidepanel.html#/meeting/${at.meetingOf('Chloé Martin')}`,
  },
  {
    name: 'referrals',
    path: () => 'sidepanel.html#/referrals',
    prepare: (page) => page.getByTestId('referral-node').first().waitFor(),
  },
  { name: 'research', path: () => 'sidepanel.html#/research', prepare: (page) => page.getByText(CLIP_TITLE).waitFor() },
  {
    name: 'research with the saved text and the attach form open',
    path: () => 'sidepanel.html#/research',
    prepare: async (page) => {
      const clip = page.getByRole('article', { name: CLIP_TITLE });
      await clip.locator('summary', { hasText: 'Read the saved text' }).click();
      await clip.locator('summary', { hasText: 'Attach to' }).click();
    },
  },
  { name: 'templates', path: () => 'sidepanel.html#/templates' },
  {
    name: 'templates with the editor open',
    path: () => 'sidepanel.html#/templates',
    prepare: async (page) => {
      await page
        .getByRole('button', { name: /^Edit / })
        .first()
        .click();
      await page.getByRole('form', { name: /^Edit / }).waitFor();
    },
  },
  { name: 'data', path: () => 'sidepanel.html#/data' },
  { name: 'settings', path: () => 'sidepanel.html#/settings' },
];

describe('accessibility in real Chromium', () => {
  let session: ExtensionSession;
  let where: Where;
  let linkedIn: Page;
  /** Minor and moderate findings, printed at the end for whoever reads the run. */
  const lesser: string[] = [];

  beforeAll(async () => {
    session = await launchExtension();
    const now = Date.now();
    const tables = await buildDemoWeek(now);
    const people = tables.people as { id: string; name: string }[];
    const meetings = tables.meetings as { id: string; personId: string }[];
    const ines = people.find((p) => p.name === 'Inês Duarte')!;
    tables.clips = [
      {
        id: 'clip-northwind',
        url: 'https://example.com/northwind-design-system',
        title: CLIP_TITLE,
        byline: 'Inês Duarte',
        site: 'Example Design Blog',
        excerpt: 'Two years of calm, accessible components for clinical teams.',
        text: 'Two years of calm, accessible components for clinical teams.',
        readable: true,
        personId: ines.id,
        company: 'Northwind Health',
        savedAt: now - 2 * DAY,
      },
      {
        id: 'clip-link',
        url: 'https://example.com/fabrikam-careers',
        title: 'Fabrikam careers',
        readable: false,
        company: 'Fabrikam',
        savedAt: now - DAY,
      },
    ];
    // The contact directory: one connection already a person (a link to her page), others to add.
    const chloe = people.find((p) => p.name === 'Chloé Martin') as { name: string; profileUrl?: string };
    tables.connections = packConnections([
      {
        name: chloe.name,
        profileUrl: chloe.profileUrl,
        company: 'Northwind Health',
        position: 'Design lead',
        connectedOn: Date.UTC(2024, 4, 30),
      },
      {
        name: 'Ravi Teja',
        profileUrl: 'https://www.linkedin.com/in/ravi-teja-1fd678/',
        company: 'TekValue IT Solutions',
        position: 'Technical Recruiter',
        connectedOn: Date.UTC(2024, 3, 16),
      },
      { name: 'Dean Fowler', company: 'Superprof', position: 'Political Science Tutor' },
    ]);
    await seedTables(session, tables);
    session.linkedinPages.set(mayaPath, profilePageHtml(maya));
    linkedIn = await session.openLinkedIn(mayaPath);
    const person = (name: string) => people.find((p) => p.name === name)!.id;
    where = {
      popupPath: `popup.html?tabId=${await tabIdOf(session, `https://www.linkedin.com${mayaPath}`)}`,
      person,
      meetingOf: (name) => meetings.find((m) => m.personId === person(name))!.id,
    };
  });
  afterAll(async () => {
    if (lesser.length > 0) console.info(`Minor/moderate axe findings:\n${lesser.join('\n')}`);
    await session?.close();
  });

  const check = async (path: string, scheme: 'light' | 'dark', prepare?: (page: Page) => Promise<void>) => {
    const page = await session.openExtensionPage(path);
    try {
      await page.emulateMedia({ colorScheme: scheme });
      await settled(page);
      await prepare?.(page);
      await settled(page);
      const findings = await axeViolations(page);
      for (const f of findings.filter((x) => !isBlocking(x))) lesser.push(`${scheme} ${path}: ${describeFinding(f)}`);
      return findings.filter(isBlocking).map(describeFinding);
    } finally {
      await page.close();
    }
  };

  for (const scheme of ['light', 'dark'] as const) {
    describe(`axe-core, ${scheme} colour scheme: no serious or critical violations`, () => {
      it.each(PAGES)('$name', async (target) => {
        expect(await check(target.path(where), scheme, target.prepare)).toEqual([]);
      });
    });
  }

  it('popup: Tab reaches the introducer, template, draft, Copy and "Mark as sent…" in order, each with a visible focus ring', async () => {
    const popup = await session.openExtensionPage(where.popupPath);
    await settled(popup);
    const keyed = {
      introducer: popup.getByTestId('introducer'),
      template: popup.getByTestId('template'),
      draft: popup.getByTestId('draft'),
      copy: popup.getByRole('button', { name: 'Copy', exact: true }),
      'mark-sent': popup.getByRole('button', { name: 'Mark as sent…' }),
    };
    const resting = new Map<string, Awaited<ReturnType<typeof markForFocus>>>();
    for (const [key, locator] of Object.entries(keyed)) resting.set(key, await markForFocus(locator, key));
    const stops = await tabThrough(popup, (stop) => stop.key === 'mark-sent');
    const reached = stops.filter((s) => s.key !== null);
    expect(reached.map((s) => s.key)).toEqual(Object.keys(keyed));
    for (const stop of reached)
      expect(showsFocus(stop, resting.get(stop.key!)!), `focus ring on ${stop.key}`).toBe(true);
    await popup.keyboard.press('Enter');
    await popup.getByRole('form', { name: 'Mark as sent' }).waitFor();
    await popup.close();
  });

  it('side panel: the tabs and a follow-up row are reachable with Tab and work with Enter and Space', async () => {
    const panel = await session.openExtensionPage('sidepanel.html#/follow-ups');
    await settled(panel);
    const links = panel.getByRole('navigation', { name: 'Inroads' }).getByRole('link');
    const labels = await links.allTextContents();
    expect(labels).toContain('Targets');
    const restingLink = await markForFocus(links.filter({ hasText: 'Targets' }), 'targets-tab');
    const tabs = await tabThrough(panel, () => false, labels.length);
    expect(tabs.map((s) => s.text)).toEqual(labels);
    // Back to "Targets" and follow it with Enter.
    for (let i = labels.length - 1; i > labels.indexOf('Targets'); i--) await panel.keyboard.press('Shift+Tab');
    const onTargets = await focusStop(panel);
    expect(onTargets).toMatchObject({ key: 'targets-tab', text: 'Targets' });
    expect(showsFocus(onTargets, restingLink), 'focus ring on the Targets tab').toBe(true);
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.evaluate(() => location.hash)).toBe('#/targets');
    await expect.poll(() => links.filter({ hasText: 'Targets' }).getAttribute('aria-current')).toBe('page');
    await panel.keyboard.press('Shift+Tab');
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.evaluate(() => location.hash)).toBe('#/follow-ups');
    await settled(panel);

    const row = panel.getByTestId('follow-up-row').filter({ hasText: 'Inês Duarte' });
    const draftButton = row.getByRole('button', { name: 'Draft' });
    const restingDraft = await markForFocus(draftButton, 'draft');
    const restingSnooze = await markForFocus(row.locator('summary', { hasText: 'Snooze' }), 'snooze');
    const toDraft = await tabThrough(panel, (stop) => stop.key === 'draft');
    expect(toDraft.at(-1)?.key).toBe('draft');
    expect(showsFocus(toDraft.at(-1)!, restingDraft), 'focus ring on Draft').toBe(true);
    await panel.keyboard.press('Enter');
    const message = row.getByRole('group', { name: 'Draft for Inês Duarte' }).getByLabel('Message');
    await expect.poll(() => message.inputValue()).toContain('Inês');
    expect(await focusStop(panel)).toMatchObject({ key: 'draft', text: 'Close draft' });
    await panel.keyboard.press('Space');
    await expect.poll(() => row.getByRole('group', { name: /Draft for/ }).count()).toBe(0);
    const toSnooze = await tabThrough(panel, (stop) => stop.key === 'snooze', 10);
    expect(toSnooze.at(-1)?.key).toBe('snooze');
    expect(showsFocus(toSnooze.at(-1)!, restingSnooze), 'focus ring on Snooze').toBe(true);
    await panel.keyboard.press('Enter');
    await row.getByRole('group', { name: 'Snooze Inês Duarte' }).getByRole('button').first().waitFor();
    await panel.keyboard.press('Tab');
    expect((await focusStop(panel)).tag).toBe('button');
    await panel.close();
  });

  it('LinkedIn badge: a complementary landmark named "Inroads" with named buttons, reachable with Tab', async () => {
    await linkedIn.bringToFront();
    const nodes = await waitForTree(linkedIn, (tree) =>
      tree.some((n) => roleOf(n) === 'button' && nameOf(n) === 'Open Inroads'),
    );
    const landmark = nodes.find((n) => roleOf(n) === 'complementary' && nameOf(n) === 'Inroads');
    expect(landmark, 'complementary landmark named Inroads').toBeDefined();
    const buttons = nodes.filter((n) => roleOf(n) === 'button' && isInside(nodes, n, landmark!));
    expect(buttons.map(nameOf).sort()).toEqual(['Dismiss Inroads badge', 'Open Inroads']);

    await linkedIn.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const stops = await tabThrough(linkedIn, (stop) => stop.inBadge, 40);
    expect(stops.at(-1)?.inBadge).toBe(true);
    const focused = (await accessibilityTree(linkedIn)).filter(isFocused);
    expect(focused.map((n) => `${roleOf(n)}: ${nameOf(n)}`)).toContain('button: Dismiss Inroads badge');
    await linkedIn.keyboard.press('Tab');
    const next = (await accessibilityTree(linkedIn)).filter(isFocused);
    expect(next.map((n) => `${roleOf(n)}: ${nameOf(n)}`)).toContain('button: Open Inroads');
  });
});

function describeFinding(f: AxeFinding): string {
  return `${f.impact} ${f.id} (${f.help}): ${f.nodes.map((n) => `${n.target} — ${n.summary}`).join(' | ')}`;
}
