/** What a user does in the sync tests, on one browser profile (a device). */
import type { Page } from 'playwright-core';
import { DEMO_PROFILES, profilePageHtml } from '../fixtures/demo/profiles';
import { menuClick, waitFor, type ExtensionSession } from './harness';
import type { WebDavServer } from './webdav-server';
import { BADGE_HOST } from './badge-host';

export const PASSPHRASE = 'correct horse battery staple';

/** Fills Settings → Sync and clicks Turn on sync; the page, once it says sync is on or why not. */
export async function turnOnSync(session: ExtensionSession, server: WebDavServer, passphrase = PASSPHRASE): Promise<Page> {
  const page = await session.openExtensionPage('sidepanel.html#/settings');
  const form = page.getByRole('form', { name: 'Sync between your devices' });
  await form.getByLabel('Server folder (WebDAV address)').fill(server.url);
  await form.getByLabel('User name').fill(server.user);
  await form.getByLabel('App password').fill(server.password);
  await form.getByLabel('Sync passphrase').fill(passphrase);
  await form.getByRole('button', { name: 'Turn on sync' }).click();
  await page.locator('[data-testid="sync-on"], [role="alert"]').first().waitFor({ timeout: 30_000 });
  return page;
}

/** Runs a sync now (what the alarm, a change or "Sync now" start), and waits for it to end. */
export async function syncNow(session: ExtensionSession): Promise<void> {
  const page = await session.openExtensionPage('blank.html');
  try {
    await page.evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime.sendMessage({
        type: 'inroads-sync',
        action: 'now',
      }),
    );
  } finally {
    await page.close();
  }
}

/** Syncs each device in turn, twice round: every change reaches every device. */
export async function syncAll(...sessions: ExtensionSession[]): Promise<void> {
  for (let round = 0; round < 2; round += 1) for (const session of sessions) await syncNow(session);
}

/** Views a demo profile on LinkedIn, then adds them as a target (right-click on the page). */
export async function addTargetFromProfile(session: ExtensionSession, index: number): Promise<string> {
  const profile = DEMO_PROFILES[index]!;
  const url = `https://www.linkedin.com/in/${profile.slug}/`;
  session.linkedinPages.set(`/in/${profile.slug}/`, profilePageHtml(profile));
  const page = await session.openLinkedIn(`/in/${profile.slug}/`);
  await page.locator(BADGE_HOST).waitFor({ state: 'attached' });
  const outcome = (await menuClick(session, { menuItemId: 'inroads-add-page-target', pageUrl: url }, url)) as { added?: string };
  await page.close();
  if (!outcome.added) throw new Error(`${profile.name} was not added`);
  return outcome.added;
}

export async function personPage(session: ExtensionSession, personId: string): Promise<Page> {
  const page = await session.openExtensionPage(`sidepanel.html#/person/${encodeURIComponent(personId)}`);
  await page.getByRole('form', { name: 'Details' }).waitFor();
  return page;
}

/** Types into a person's detail field and saves (the form saves on blur and on submit). */
export async function editDetail(session: ExtensionSession, personId: string, label: 'Phone' | 'Notes', value: string): Promise<void> {
  const page = await personPage(session, personId);
  const form = page.getByRole('form', { name: 'Details' });
  await form.getByLabel(label, { exact: true }).fill(value);
  await form.getByRole('button', { name: 'Save details' }).click();
  await page.getByText('Details saved.').waitFor();
  await page.close();
}

export async function person(session: ExtensionSession, id: string): Promise<Record<string, unknown> | undefined> {
  return (await session.readTable<Record<string, unknown>>('people')).find((p) => p.id === id);
}

export const waitForPerson = (session: ExtensionSession, id: string, check: (p: Record<string, unknown>) => boolean, what: string) =>
  waitFor(async () => {
    const found = await person(session, id);
    return found && check(found) ? found : undefined;
  }, what);
