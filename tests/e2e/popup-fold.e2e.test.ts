/**
 * The popup at its real size (400×600) on a demo profile: the draft, Copy and
 * Mark as sent are in view without scrolling; and a back-dated Mark as sent
 * shows its day in the person's timeline (issue 15, items 5 and 6).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PROFILES, profilePageHtml } from '../fixtures/demo/profiles';
import { launchExtension, tabIdOf, waitFor, type ExtensionSession } from './harness';

const maya = DEMO_PROFILES[0]!;
const mayaUrl = `https://www.linkedin.com/in/${maya.slug}/`;
const POPUP = { width: 400, height: 600 };

async function inView(page: Page, what: string, locator: ReturnType<Page['getByTestId']>) {
  const box = await locator.boundingBox();
  expect(box, what).not.toBeNull();
  expect(box!.y, `${what} top`).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height, `${what} bottom (viewport ${POPUP.height})`).toBeLessThanOrEqual(POPUP.height);
  expect(box!.x + box!.width, `${what} right`).toBeLessThanOrEqual(POPUP.width);
}

describe('the popup at 400×600', () => {
  let session: ExtensionSession;
  let popupPath: string;
  beforeAll(async () => {
    session = await launchExtension();
    session.linkedinPages.set(`/in/${maya.slug}/`, profilePageHtml(maya));
    await session.openLinkedIn(`/in/${maya.slug}/`);
    popupPath = `popup.html?tabId=${await tabIdOf(session, mayaUrl)}`;
  });
  afterAll(async () => session?.close());

  async function openPopup(): Promise<Page> {
    const page = await session.context.newPage();
    await page.setViewportSize(POPUP);
    await page.goto(`chrome-extension://${session.extensionId}/${popupPath}`);
    await page.getByTestId('draft').waitFor();
    return page;
  }

  it('shows the draft, Copy and Mark as sent without scrolling, first visit and after', async () => {
    for (const visit of ['first', 'second']) {
      const popup = await openPopup();
      if (process.env.INROADS_SHOTS) await popup.screenshot({ path: `/tmp/drafts-popup-${visit}.png`, fullPage: true });
      expect(await popup.evaluate(() => window.scrollY), visit).toBe(0);
      await inView(popup, `${visit}: the draft`, popup.getByTestId('draft'));
      await inView(popup, `${visit}: Copy`, popup.getByRole('button', { name: 'Copy', exact: true }) as never);
      await inView(popup, `${visit}: Mark as sent`, popup.getByRole('button', { name: 'Mark as sent…' }) as never);
      await popup.close();
    }
  });

  it('folds the reasons under the first one; opening them is remembered for this person in the session', async () => {
    const popup = await openPopup();
    const reasons = popup.getByTestId('reasons');
    expect(await reasons.getAttribute('open')).toBeNull();
    expect(await reasons.locator('summary').textContent()).toMatch(/more\)$/);
    await reasons.locator('summary').click();
    await expect.poll(() => reasons.getAttribute('open')).not.toBeNull();
    await popup.waitForTimeout(200);
    await popup.close();
    const again = await openPopup();
    await expect.poll(() => again.getByTestId('reasons').getAttribute('open')).not.toBeNull();
    await again.getByTestId('reasons').locator('summary').click();
    await expect.poll(() => again.getByTestId('reasons').getAttribute('open')).toBeNull();
    await again.waitForTimeout(200);
    await again.close();
  });

  it("counts against LinkedIn's 300 characters on a connection note only, never on an e-mail", async () => {
    const popup = await openPopup();
    await popup.getByTestId('template').selectOption({ label: 'Cold email (no one in common)' });
    await expect.poll(() => popup.getByTestId('draft').inputValue()).toContain('Dear Maya');
    expect(await popup.getByTestId('char-count').count()).toBe(0);
    await popup.getByTestId('template').selectOption({ label: 'Connection note: cold or referred (LinkedIn, 300 characters)' });
    const count = popup.getByTestId('char-count');
    await expect.poll(() => count.textContent()).toMatch(/^\d+ of LinkedIn's 300 characters for a connection note$/);
    expect(Number((await count.textContent())!.split(' ')[0])).toBeLessThanOrEqual(300);
    await inView(popup, 'Mark as sent on a connection note', popup.getByRole('button', { name: 'Mark as sent…' }) as never);
    // Back to the suggested template for the next test.
    await popup.getByTestId('template').selectOption({ label: 'Introduction request (to the mutual contact)' });
    await popup.waitForTimeout(200);
    await popup.close();
  });

  it('records a back-dated Mark as sent on its day, and the timeline shows that day', async () => {
    const popup = await openPopup();
    popup.on('dialog', (dialog) => void dialog.accept());
    await popup.getByRole('button', { name: 'Mark as sent…' }).click();
    const sentOn = popup.getByTestId('sent-on');
    const today = await sentOn.getAttribute('max');
    expect(await sentOn.inputValue()).toBe(today);
    const day = new Date(`${today}T12:00:00Z`);
    day.setUTCDate(day.getUTCDate() - 12);
    const earlier = day.toISOString().slice(0, 10);
    await sentOn.fill(earlier);
    await popup.getByRole('button', { name: 'Record as sent' }).click();
    await popup.getByRole('status').filter({ hasText: 'recorded' }).waitFor();
    const [touch] = await waitFor(async () => {
      const rows = await session.readTable<{ at: number; createdAt: number; personId: string }>('touches');
      return rows.length > 0 && rows;
    }, 'the touch');
    expect(touch!.at).toBeLessThan(touch!.createdAt - 11 * 86_400_000);
    await popup.close();

    const panel = await session.openExtensionPage(`sidepanel.html#/person/${touch!.personId}`);
    const month = new Intl.DateTimeFormat('en', { month: 'short', timeZone: 'UTC' }).format(day);
    const entry = panel.locator('time').first();
    await entry.waitFor();
    const text = (await entry.textContent()) ?? '';
    expect(text).toContain(month);
    expect(text).toMatch(new RegExp(`\\b${day.getUTCDate()}\\b`));
    if (process.env.INROADS_SHOTS) await panel.screenshot({ path: '/tmp/drafts-timeline.png' });
    await panel.close();
  });
});
