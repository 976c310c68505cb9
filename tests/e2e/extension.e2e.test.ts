import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness';
import { EXTENSION_DIR } from './paths';

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

describe('the built extension in Chromium', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => session?.close());

  it('starts its service worker', () => {
    expect(session.serviceWorker.url()).toBe(`chrome-extension://${session.extensionId}/background.js`);
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
  });

  it('asks for exactly the permissions on the allow-list', () => {
    const manifest = read(`${EXTENSION_DIR}/manifest.json`);
    const allow = read(new URL('./permissions.allowlist.json', import.meta.url).pathname);
    expect([...(manifest.permissions ?? [])].sort()).toEqual(allow.permissions);
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual(allow.host_permissions);
    expect([...(manifest.optional_permissions ?? [])].sort()).toEqual(allow.optional_permissions);
    expect([...(manifest.optional_host_permissions ?? [])].sort()).toEqual(allow.optional_host_permissions);
    const matches = manifest.content_scripts.flatMap((script: { matches: string[] }) => script.matches).sort();
    expect(matches).toEqual(allow.content_script_matches);
    expect(manifest.manifest_version).toBe(3);
  });

  it.each(['popup.html', 'sidepanel.html'])('opens %s with no console errors', async (path) => {
    const before = session.consoleErrors.length;
    const page = await session.openExtensionPage(path);
    await page.getByRole('main').waitFor();
    await page.waitForTimeout(300);
    expect(session.consoleErrors.slice(before)).toEqual([]);
    await page.close();
  });

  it('makes no network request of its own', async () => {
    session.linkedinPages.set('/feed/', '<!doctype html><title>Feed</title><main>feed</main>');
    const page = await session.openLinkedIn('/feed/');
    await page.waitForTimeout(500);
    await (await session.openExtensionPage('sidepanel.html')).waitForTimeout(300);
    expect(session.outsideRequests).toEqual([]);
  });
});
