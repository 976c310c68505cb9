import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { findChromium } from './chromium-path';
import { grantOriginsOnce } from './granted-origins';
import { EXTENSION_DIR } from './paths';

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Every request that left for anywhere but a routed LinkedIn page or an allowed origin (aborted). */
  outsideRequests: string[];
  /** Requests to the allowed origins (let through), e.g. the sync tests' WebDAV server. */
  allowedRequests: { method: string; url: string }[];
  /** Called before an allowed request goes on (e.g. to stop the server under it). */
  beforeAllowed?: (request: { method: string; url: string }) => Promise<void>;
  /** Console errors and page errors from extension pages and LinkedIn tabs. */
  consoleErrors: string[];
  /** LinkedIn pages to serve by URL path (e.g. '/in/jane-doe/'), fulfilled without network. */
  linkedinPages: Map<string, string>;
  /** Other pages to serve by full URL (e.g. articles to clip). */
  sitePages: Map<string, string>;
  openExtensionPage(path: string): Promise<Page>;
  openLinkedIn(path: string): Promise<Page>;
  /** Reads a whole IndexedDB table through an extension page. */
  readTable<T = Record<string, unknown>>(table: string): Promise<T[]>;
  close(): Promise<void>;
}

/** Launches Debian's Chromium with the built extension and all outside network cut. */
export async function launchExtension(
  options: { headless?: boolean; extensionDir?: string; keepWelcome?: boolean; allowOrigins?: string[]; grantOrigins?: string[] } = {},
): Promise<ExtensionSession> {
  const dir = options.extensionDir ?? EXTENSION_DIR;
  const userDataDir = mkdtempSync(join(tmpdir(), 'inroads-e2e-'));
  if (options.grantOrigins) grantOriginsOnce(userDataDir, dir, options.grantOrigins);
  const headless = options.headless ?? true;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless,
    viewport: { width: 1280, height: 900 },
    args: [
      ...(headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const linkedinPages = new Map<string, string>();
  const sitePages = new Map<string, string>();
  const outsideRequests: string[] = [];
  const allowedRequests: ExtensionSession['allowedRequests'] = [];
  const allowed = new Set(options.allowOrigins ?? []);
  const consoleErrors: string[] = [];
  // Extension pages (chrome-extension://) load untouched; every http(s) request is ours to answer.
  await context.route((url) => url.protocol === 'http:' || url.protocol === 'https:', async (route) => {
    const url = new URL(route.request().url());
    if (allowed.has(url.origin)) {
      const request = { method: route.request().method(), url: url.href };
      allowedRequests.push(request);
      await session.beforeAllowed?.(request);
      await route.continue().catch(() => undefined);
      return;
    }
    const page = url.hostname === 'www.linkedin.com' ? linkedinPages.get(url.pathname) : sitePages.get(url.href);
    if (page !== undefined && route.request().resourceType() === 'document') {
      await route.fulfill({ body: page, contentType: 'text/html; charset=utf-8' });
      return;
    }
    outsideRequests.push(route.request().url());
    await route.abort();
  });
  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
  };
  context.on('page', watch);
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  const base = `chrome-extension://${extensionId}/`;
  // The first-run page opens in a tab of its own on install; tests start without it (and its focus) unless asked.
  if (!options.keepWelcome) await closeWelcome(context, base);

  const openExtensionPage = async (path: string) => {
    const page = await context.newPage();
    await page.goto(base + path);
    return page;
  };
  const readTable = async <T,>(table: string): Promise<T[]> => {
    const page = await openExtensionPage('popup.html');
    try {
      return await page.evaluate(readIndexedDbTable, table) as T[];
    } finally {
      await page.close();
    }
  };
  const session: ExtensionSession = {
    context,
    extensionId,
    serviceWorker,
    outsideRequests,
    allowedRequests,
    consoleErrors,
    linkedinPages,
    sitePages,
    openExtensionPage,
    openLinkedIn: async (path) => {
      const page = await context.newPage();
      await page.goto(`https://www.linkedin.com${path}`);
      return page;
    },
    readTable,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return session;
}

async function closeWelcome(context: BrowserContext, base: string): Promise<void> {
  const welcome = `${base}sidepanel.html#/welcome`;
  for (let waited = 0; waited < 10_000; waited += 100) {
    const page = context.pages().find((p) => p.url() === welcome);
    if (page) return page.close();
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Runs inside an extension page: raw IndexedDB, so tests don't depend on app code. */
function readIndexedDbTable(table: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('inroads');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains(table)) {
        db.close();
        resolve([]);
        return;
      }
      const request = db.transaction(table, 'readonly').objectStore(table).getAll();
      request.onsuccess = () => {
        db.close();
        resolve(request.result);
      };
      request.onerror = () => reject(request.error);
    };
  });
}

/** Polls until `check` returns a truthy value (tests never assert on wall-clock time). */
export async function waitFor<T>(check: () => Promise<T | undefined | false>, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Writes rows into the extension's database (after the app created it) through an extension page. */
export async function seedTables(session: ExtensionSession, tables: Record<string, unknown[]>): Promise<void> {
  const page = await session.openExtensionPage('popup.html');
  try {
    await page.getByRole('main').waitFor();
    await page.evaluate(
      (rows) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('inroads');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const names = Object.keys(rows).filter((n) => db.objectStoreNames.contains(n));
            const tx = db.transaction(names, 'readwrite');
            for (const name of names) for (const row of rows[name]!) tx.objectStore(name).put(row);
            tx.oncomplete = () => (db.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
      tables,
    );
  } finally {
    await page.close();
  }
}

/** The tab id of a page, found through what the background remembered for it. */
export async function tabIdOf(session: ExtensionSession, profileUrl: string): Promise<number> {
  return waitFor(
    () =>
      session.serviceWorker.evaluate(async (url) => {
        const api = (globalThis as unknown as { chrome: { storage: { session: { get(k: null): Promise<object> } } } }).chrome;
        const all = (await api.storage.session.get(null)) as Record<string, { url?: string; snapshot?: { url: string } }>;
        const key = Object.keys(all).find((k) => k.startsWith('tab-page:') && (all[k]?.snapshot?.url ?? all[k]?.url) === url);
        return key ? Number(key.slice('tab-page:'.length)) : undefined;
      }, profileUrl),
    `the tab showing ${profileUrl}`,
  );
}

/**
 * Clicks the toolbar action for the tab showing `url` (CDP Extensions.triggerAction),
 * as a user would: this is what grants `activeTab` for that page.
 */
export async function clickToolbarAction(session: ExtensionSession, url: string): Promise<void> {
  const browser = session.context.browser();
  if (!browser) throw new Error('No browser handle for CDP');
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as {
      targetInfos: { targetId: string; url: string }[];
    };
    const tab = targetInfos.find((t) => t.url === url);
    if (!tab) throw new Error(`No tab shows ${url}`);
    await cdp.send('Extensions.triggerAction' as never, { id: session.extensionId, targetId: tab.targetId } as never);
  } finally {
    await cdp.detach();
  }
}

/** Runs the background's context-menu handler (a native menu cannot be clicked by automation). */
export function menuClick(session: ExtensionSession, info: Record<string, unknown>, tabUrl?: string): Promise<unknown> {
  const worker = session.context.serviceWorkers()[0] ?? session.serviceWorker;
  return worker.evaluate(
    async ({ info, tabUrl }) => {
      const api = globalThis as unknown as {
        chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
        inroadsMenuClick(info: object, tab?: object): Promise<unknown>;
      };
      // Without the tabs permission a tab's URL is visible only under activeTab: else use the active tab.
      const tabs = tabUrl ? await api.chrome.tabs.query({}) : [];
      const tab = tabs.find((t) => t.url === tabUrl) ?? (tabUrl ? (await api.chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0] : undefined);
      return api.inroadsMenuClick({ editable: false, ...info }, tab);
    },
    { info, tabUrl },
  );
}
