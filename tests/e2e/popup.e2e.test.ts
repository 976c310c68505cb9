import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PROFILES, profilePageHtml } from '../fixtures/demo/profiles';
import { launchExtension, tabIdOf, waitFor, type ExtensionSession } from './harness';

const maya = DEMO_PROFILES[0]!;
const mayaUrl = `https://www.linkedin.com/in/${maya.slug}/`;

describe('the popup on a 2nd-degree profile', () => {
  let session: ExtensionSession;
  let popupPath: string;
  beforeAll(async () => {
    session = await launchExtension();
    session.linkedinPages.set(`/in/${maya.slug}/`, profilePageHtml(maya));
    await session.openLinkedIn(`/in/${maya.slug}/`);
    popupPath = `popup.html?tabId=${await tabIdOf(session, mayaUrl)}`;
  });
  afterAll(async () => session?.close());

  it('suggests an introduction request through the first mutual, with a draft naming both', async () => {
    const popup = await session.openExtensionPage(popupPath);
    await expect.poll(() => popup.getByTestId('approach').textContent()).toContain('Introduction request');
    expect(await popup.getByTestId('introducer').locator('option:checked').textContent()).toMatch(/^Laetitia — /);
    for (const [label, value] of [
      ['Your name', 'Sam Seeker'],
      ['Your email', 'sam@example.com'],
      ['Your phone', '+44 20 7946 0000'],
      ['Role or industry you are exploring', 'product design in health tech'],
    ] as const) {
      await popup.getByLabel(label, { exact: true }).fill(value);
    }
    const draft = popup.getByTestId('draft');
    await expect.poll(() => popup.getByTestId('markers').count()).toBe(0);
    const text = await draft.inputValue();
    expect(text).toContain('Laetitia');
    expect(text).toContain('Maya');
    expect(text).not.toMatch(/\[[a-z' ,—-]+\]/);
    expect(await popup.getByTestId('markers').count()).toBe(0);
    expect(session.consoleErrors).toEqual([]);
    await popup.close();
  });

  it('restores an unsent draft when the popup is reopened', async () => {
    const popup = await session.openExtensionPage(popupPath);
    const draft = popup.getByTestId('draft');
    await expect.poll(() => draft.inputValue()).toContain('Laetitia');
    await draft.fill(`${await draft.inputValue()}\nP.S. Loved your talk on calm design.`);
    await popup.waitForTimeout(200);
    await popup.close();
    const again = await session.openExtensionPage(popupPath);
    await expect.poll(() => again.getByTestId('draft').inputValue()).toContain('P.S. Loved your talk on calm design.');
    await again.close();
  });

  it('marks the request as sent with its follow-up date', async () => {
    const popup = await session.openExtensionPage(popupPath);
    await popup.getByRole('button', { name: 'Mark as sent…' }).click();
    const followUp = await popup.getByTestId('follow-up-date').inputValue();
    expect(followUp).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await popup.getByRole('button', { name: 'Record as sent' }).click();
    await popup.getByRole('status').filter({ hasText: 'recorded' }).waitFor();
    const touches = await waitFor(async () => {
      const rows = await session.readTable<{ kind: string; text: string; promisedFollowUpAt: number; personId: string }>('touches');
      return rows.length > 0 && rows;
    }, 'the touch');
    expect(touches).toHaveLength(1);
    expect(touches[0]).toMatchObject({ kind: 'introduction-request', channel: 'linkedin' });
    expect(touches[0]!.text).toContain('P.S. Loved your talk');
    const promised = new Date(touches[0]!.promisedFollowUpAt);
    const local = `${promised.getFullYear()}-${String(promised.getMonth() + 1).padStart(2, '0')}-${String(promised.getDate()).padStart(2, '0')}`;
    expect(local).toBe(followUp);
    const people = await session.readTable<{ profileUrl: string; kind: string; stage: string; nextActionAt: number }>('people');
    expect(people.find((p) => p.profileUrl === mayaUrl)).toMatchObject({ kind: 'target', stage: 'requested' });
    await popup.close();
  });
});
