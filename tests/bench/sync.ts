/**
 * Sync measurements against a real WebDAV server (rclone on 127.0.0.1), two
 * browser profiles: a first sync of 2,000 people and 10,000 touches to an
 * empty device, one change from A to B's database (the two sync runs, not
 * the debounce or the timer that would start them), and long tasks in B's
 * side panel while the first sync lands.
 */
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from '../e2e/harness';
import { PASSPHRASE, syncNow, turnOnSync } from '../e2e/sync-steps';
import { startWebDav, type WebDavServer } from '../e2e/webdav-server';
import { benchBundle, call } from './browser';
import { median, type Measurement } from './measurement';

const RUNS = 7;
type Peek = { people: number; touches: number; phone?: string };

async function until(check: () => Promise<boolean>, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('sync bench: timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Fills Settings → Sync on B, then times from the click to every row in B's database. */
async function firstSync(b: ExtensionSession, server: WebDavServer, peekPage: Page, code: string): Promise<number> {
  const page = await b.openExtensionPage('sidepanel.html#/settings');
  const form = page.getByRole('form', { name: 'Sync between your devices' });
  await form.getByLabel('Server folder (WebDAV address)').fill(server.url);
  await form.getByLabel('User name').fill(server.user);
  await form.getByLabel('App password').fill(server.password);
  await form.getByLabel('Sync passphrase').fill(PASSPHRASE);
  const start = Date.now();
  await form.getByRole('button', { name: 'Turn on sync' }).click();
  await until(async () => {
    const peek = await call<Peek>(peekPage, code, 'peek', 'p0');
    return peek.people === 2000 && peek.touches === 10_000;
  });
  const ms = Date.now() - start;
  await page.close();
  return ms;
}

export async function syncMeasurements(log: (line: string) => void, extensionDir?: string): Promise<Measurement[]> {
  const code = await benchBundle();
  const server = await startWebDav();
  const options = { allowOrigins: [server.origin], grantOrigins: [`${server.origin}/*`], ...(extensionDir ? { extensionDir } : {}) };
  const sessions: ExtensionSession[] = [];
  try {
    const a = await launchExtension(options);
    sessions.push(a);
    const b = await launchExtension(options);
    sessions.push(b);
    log('· sync: 2,000 people and 10,000 touches to an empty device (WebDAV on 127.0.0.1)');
    const pageA = await a.openExtensionPage('blank.html');
    await call(pageA, code, 'seed', 2000, 10_000);
    await (await turnOnSync(a, server)).getByTestId('sync-on').waitFor();
    await until(async () => {
      await syncNow(a);
      const state = await a.readTable<{ key: string; waiting?: number }>('syncState');
      return (await a.readTable('outbox')).length === 0 && state.find((r) => r.key === 'status')?.waiting === 0;
    });
    const panel = await b.openExtensionPage('sidepanel.html#/follow-ups');
    await panel.getByRole('main').waitFor();
    await panel.waitForTimeout(1000);
    await panel.evaluate(() => {
      const store: number[] = [];
      (globalThis as unknown as { __longTasks: number[] }).__longTasks = store;
      new PerformanceObserver((list) => list.getEntries().forEach((e) => store.push(e.duration))).observe({ type: 'longtask' });
    });
    const peekB = await b.openExtensionPage('blank.html');
    const initial = await firstSync(b, server, peekB, code);
    await panel.waitForTimeout(1000);
    const longTasks = await panel.evaluate(() => (globalThis as unknown as { __longTasks: number[] }).__longTasks);
    log('· sync: one change on A, in B’s database');
    await syncNow(b);
    const one: number[] = [];
    for (let i = 0; i < RUNS + 1; i += 1) {
      const phone = `+46 70 ${String(i).padStart(3, '0')} 00 00`;
      await call(pageA, code, 'editPhone', `p${i}`, phone);
      const start = Date.now();
      await syncNow(a);
      await syncNow(b);
      const ms = Date.now() - start;
      if ((await call<Peek>(peekB, code, 'peek', `p${i}`)).phone !== phone) throw new Error('sync bench: the change did not arrive');
      if (i > 0) one.push(ms);
    }
    return [
      { name: 'syncInitial2kMs', value: initial, unit: 'ms', budget: 10_000 },
      { name: 'syncOneChangeMs', value: median(one), unit: 'ms', budget: 1000, runs: one },
      { name: 'sidepanelSyncLongTasks', value: longTasks.length, unit: 'count', budget: 0, runs: longTasks.map(Math.round) },
    ];
  } finally {
    for (const session of sessions) await session.close();
    await server.close();
  }
}
