// The seed is built with the app's own functions on an in-memory IndexedDB (before Dexie loads).
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InroadsDb } from '@/lib/store/database';
import { saveSettings } from '@/lib/store/settings/settings-save';
import { addTarget } from '@/lib/store/use-cases/add-target';
import { logTouch } from '@/lib/store/history/touches';
import { scheduleMeeting } from '@/lib/store/history/meetings';
import { buildTables, DEMO_USER } from '../fixtures/demo/seed-week';
import { launchExtension, seedTables, waitFor, type ExtensionSession } from './harness';
import { dayWords, isoInDays } from './page-dates';

const DAY = 86_400_000;

/** Inês, asked 8 days ago by e-mail; every day a calling day, so the weekday the test runs on cannot move the follow-up date (that rule is covered by the cadence unit tests). */
async function seedInes(db: InroadsDb, now: number) {
  await saveSettings(db, { ...DEMO_USER, preferredDays: [0, 1, 2, 3, 4, 5, 6] });
  const ines = await addTarget(
    db,
    { profileUrl: 'https://www.linkedin.com/in/ines-duarte/', name: 'Inês Duarte' },
    now - 10 * DAY,
  );
  const request = {
    personId: ines.id,
    kind: 'request',
    at: now - 8 * DAY,
    channel: 'email',
    text: 'Hello Inês…',
  } as const;
  await logTouch(db, request, now - 8 * DAY);
}

/** A browser with the extension and a database holding Inês, and whatever `more` adds. */
async function launchWithInes(more?: (db: InroadsDb, now: number) => Promise<void>): Promise<ExtensionSession> {
  const session = await launchExtension();
  const now = Date.now();
  const tables = await buildTables(async (db) => {
    await seedInes(db, now);
    await more?.(db, now);
  });
  await seedTables(session, tables);
  return session;
}

describe('the side panel', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithInes(async (db, now) => {
      const chloe = await addTarget(
        db,
        { profileUrl: 'https://www.linkedin.com/in/chloe-martin/', name: 'Chloé Martin' },
        now - 9 * DAY,
      );
      await scheduleMeeting(db, { personId: chloe.id, at: now - 2 * 3_600_000, mode: 'video' }, now - 5 * DAY);
    });
  });
  afterAll(async () => session?.close());

  const toolbarCount = () =>
    session.serviceWorker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } })
        .chrome;
      return api.action.getBadgeText({});
    });

  it('shows a request sent 8 days ago as overdue, with a follow-up draft; Done moves it to Waiting', async () => {
    const panel = await session.openExtensionPage('sidepanel.html#/follow-ups');
    const row = panel.getByTestId('follow-up-row').filter({ hasText: 'Inês Duarte' });
    await expect.poll(() => row.getAttribute('data-section')).toBe('overdue');
    await row.getByRole('button', { name: 'Draft' }).click();
    const draft = row.getByRole('group', { name: /Draft for Inês Duarte/ }).getByLabel('Message');
    await expect.poll(() => draft.inputValue()).toContain('Inês');
    expect(await draft.inputValue()).not.toMatch(/\[(first name|your name)\]/);
    await row.getByRole('button', { name: 'Close draft' }).click();
    await row.getByRole('button', { name: 'Done', exact: true }).click();
    await expect.poll(() => row.getAttribute('data-section')).toBe('waiting');
    expect(session.consoleErrors).toEqual([]);
    await panel.close();
  });

  it('records a meeting with two referrals: two linked targets, shown in the referral map', async () => {
    const people = await session.readTable<{ id: string; name: string }>('people');
    const chloe = people.find((p) => p.name === 'Chloé Martin')!;
    const meetings = await session.readTable<{ id: string; personId: string }>('meetings');
    const meeting = meetings.find((m) => m.personId === chloe.id)!;
    const panel = await session.openExtensionPage(`sidepanel.html#/meeting/${meeting.id}`);
    const form = panel.getByRole('form', { name: 'Add referrals' });
    await form.waitFor();
    await form.getByLabel('Name', { exact: true }).first().fill('Hugo Laurent');
    await form.getByRole('button', { name: /another/i }).click();
    await form.getByLabel('Name', { exact: true }).nth(1).fill('Mei Tanaka');
    await form.getByRole('button', { name: /save|record/i }).click();
    const referred = await waitFor(async () => {
      const rows = await session.readTable<{ name: string; referredById?: string; kind: string }>('people');
      const linked = rows.filter((p) => p.referredById === chloe.id);
      return linked.length === 2 && linked;
    }, 'two referred targets');
    expect(referred.map((p) => p.name).sort()).toEqual(['Hugo Laurent', 'Mei Tanaka']);
    expect(referred.every((p) => p.kind === 'target')).toBe(true);
    await panel.goto(panel.url().replace(/#.*$/, '#/referrals'));
    const nodes = panel.getByTestId('referral-node');
    await expect
      .poll(() => nodes.allTextContents())
      .toEqual(
        expect.arrayContaining([
          expect.stringContaining('Chloé Martin'),
          expect.stringContaining('Hugo Laurent'),
          expect.stringContaining('Mei Tanaka'),
        ]),
      );
    await panel.close();
  });

  it('adds a right-clicked profile link as a target through the context-menu handler', async () => {
    const outcome = await session.serviceWorker.evaluate(() =>
      (globalThis as unknown as { inroadsMenuClick(info: object): Promise<unknown> }).inroadsMenuClick({
        menuItemId: 'inroads-add-link-target',
        linkUrl: 'https://uk.linkedin.com/in/zoe-park?trk=feed',
        pageUrl: 'https://www.linkedin.com/feed/',
        editable: false,
      }),
    );
    expect(outcome).toHaveProperty('added');
    const people = await session.readTable<{ profileUrl?: string; kind: string }>('people');
    expect(people.find((p) => p.profileUrl === 'https://www.linkedin.com/in/zoe-park/')).toMatchObject({
      kind: 'target',
    });
  });

  it('shows on the toolbar the count of overdue and today in the list', async () => {
    const panel = await session.openExtensionPage('sidepanel.html#/follow-ups');
    await panel.getByTestId('follow-up-row').first().waitFor();
    const due = await panel
      .locator(
        '[data-testid="follow-up-row"][data-section="overdue"], [data-testid="follow-up-row"][data-section="today"]',
      )
      .count();
    expect(due).toBeGreaterThan(0);
    await expect.poll(toolbarCount).toBe(String(due));
    await panel.close();
  });
});

describe('one date per promise, in the side panel', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithInes();
  });
  afterAll(async () => session?.close());

  it("a date changed in the draft's Mark as sent changes the follow-up's sentence; a hand-edited text is flagged", async () => {
    const panel = await session.openExtensionPage('sidepanel.html#/follow-ups');
    const row = panel.getByTestId('follow-up-row').filter({ hasText: 'Inês Duarte' });
    await row.getByRole('button', { name: 'Draft' }).click();
    const draft = row.getByRole('group', { name: /Draft for Inês Duarte/ }).getByLabel('Message');
    await expect.poll(() => draft.inputValue()).toContain("I'll try once more on");
    // The side panel's draft carries Mark as sent's form below it, its follow-up date in view.
    const date = row.getByTestId('follow-up-date');
    await expect
      .poll(async () => draft.inputValue())
      .toContain(`I'll try once more on ${await dayWords(panel, await date.inputValue())}`);
    const later = await isoInDays(panel, 12);
    await date.fill(later);
    const words = await dayWords(panel, later);
    await expect.poll(() => draft.inputValue()).toContain(`I'll try once more on ${words}`);
    expect(await row.getByTestId('promise-warning').count()).toBe(0);

    // Edited by hand, the text keeps its words: changing the date again warns that it still says the old day.
    await draft.fill(`${await draft.inputValue()}\nP.S. Thank you for reading.`);
    await date.fill(await isoInDays(panel, 9));
    await expect.poll(() => row.getByTestId('promise-warning').textContent()).toContain(`The text still says ${words}`);
    expect(await draft.inputValue()).toContain(words);
    expect(session.consoleErrors).toEqual([]);
    await panel.close();
  });
});
