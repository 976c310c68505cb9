import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BidiClient, type BidiEvent } from './bidi-client';
import { writeProfile } from './firefox-profile';
import { startFirefox, type FirefoxProcess } from './firefox-process';
import { FIREFOX_ADDON_ID, FIREFOX_EXTENSION_DIR } from './paths';
import { startRefusingProxy, type RefusingProxy } from './refusing-proxy';

export interface FirefoxSession {
  bidi: BidiClient;
  /** The add-on id `webExtension.install` answered with. */
  addonId: string;
  /** moz-extension://<uuid>/ */
  extensionBase: string;
  /** LinkedIn pages to serve by URL path (e.g. '/in/jane-doe/'), answered without network. */
  linkedinPages: Map<string, string>;
  /** Every http(s) request a page made that was not a routed LinkedIn page (failed, never sent). */
  outsideRequests: string[];
  /** What reached the refusing proxy: anything Firefox or the add-on tried to send past BiDi. */
  proxyRequests: string[];
  /** Console and JavaScript errors of LinkedIn pages (log.entryAdded), add-on pages and its background. */
  consoleErrors: string[];
  /** Opens a new tab on `url` and waits for it to load; returns its browsing context id. */
  openTab(url: string): Promise<string>;
  /** Runs `fn(arg)` in the tab and returns its (JSON-serialisable) result. */
  evaluate<A, T>(context: string, fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  /** Reads a whole IndexedDB table of the add-on through one of its pages. */
  readTable<T = Record<string, unknown>>(table: string): Promise<T[]>;
  close(): Promise<void>;
}

/** Launches Debian's Firefox ESR headless, installs the built add-on, and cuts all outside network. */
export async function launchFirefox(options: { extensionDir?: string } = {}): Promise<FirefoxSession> {
  const root = mkdtempSync(join(tmpdir(), 'inroads-firefox-'));
  const profileDir = join(root, 'profile');
  const uuid = randomUUID();
  const extensionBase = `moz-extension://${uuid}/`;
  const proxy: RefusingProxy = await startRefusingProxy();
  writeProfile(profileDir, { proxyPort: proxy.port, addonId: FIREFOX_ADDON_ID, addonUuid: uuid });
  const consoleErrors: string[] = [];
  let firefox: FirefoxProcess | undefined;
  let bidi: BidiClient | undefined;
  const cleanUp = async () => {
    await bidi?.send('browser.close').catch(() => firefox?.kill());
    await bidi?.close();
    await firefox?.stopped();
    await proxy.close();
    rmSync(root, { recursive: true, force: true });
  };
  try {
    firefox = await startFirefox(profileDir, root, (line) => {
      const error = consoleErrorOf(line, extensionBase);
      if (error) consoleErrors.push(error);
    });
    bidi = await BidiClient.connect(`${firefox.url}/session`);
    await bidi.send('session.new', { capabilities: {} });
    return await prepare(bidi, proxy, options.extensionDir ?? FIREFOX_EXTENSION_DIR, extensionBase, consoleErrors, cleanUp);
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

/**
 * BiDi's log events leave out add-on pages (Firefox bug 1755014), so their
 * errors are read from Firefox's output: "console.error: …" (pages only, see
 * firefox-profile.ts) and "JavaScript error: <url>, line N: …" from the add-on
 * or LinkedIn.
 */
function consoleErrorOf(line: string, extensionBase: string): string | undefined {
  if (line.startsWith('console.error: ')) return line;
  const match = /^JavaScript error: (\S+), line/.exec(line);
  if (match && (match[1]!.startsWith(extensionBase) || match[1]!.startsWith('https://www.linkedin.com/'))) return line;
  return undefined;
}

async function prepare(
  bidi: BidiClient,
  proxy: RefusingProxy,
  extensionDir: string,
  extensionBase: string,
  consoleErrors: string[],
  cleanUp: () => Promise<void>,
): Promise<FirefoxSession> {
  const linkedinPages = new Map<string, string>();
  const outsideRequests: string[] = [];
  let closing = false;
  const answer = async (params: BidiEvent['params']) => {
    const request = params.request as { request: string; url: string };
    const url = new URL(request.url);
    const page = url.hostname === 'www.linkedin.com' && params.navigation ? linkedinPages.get(url.pathname) : undefined;
    try {
      if (page === undefined) {
        outsideRequests.push(request.url);
        await bidi.send('network.failRequest', { request: request.request });
      } else {
        await bidi.send('network.provideResponse', {
          request: request.request,
          statusCode: 200,
          reasonPhrase: 'OK',
          headers: [{ name: 'Content-Type', value: { type: 'string', value: 'text/html; charset=utf-8' } }],
          body: { type: 'string', value: page },
        });
      }
    } catch (error) {
      if (!closing) consoleErrors.push(`harness: ${(error as Error).message}`);
    }
  };
  bidi.on(({ method, params }) => {
    if (method === 'network.beforeRequestSent' && params.isBlocked) void answer(params);
    if (method === 'log.entryAdded' && params.level === 'error') {
      const where = (params.stackTrace as { callFrames?: { url: string }[] } | undefined)?.callFrames?.[0]?.url ?? '';
      consoleErrors.push(`${String(params.type)} ${where}: ${String(params.text)}`);
    }
  });
  await bidi.send('session.subscribe', { events: ['network.beforeRequestSent', 'log.entryAdded'] });
  // Every http(s) request of every page stops here, to be answered or failed.
  await bidi.send('network.addIntercept', {
    phases: ['beforeRequestSent'],
    urlPatterns: [
      { type: 'pattern', protocol: 'http' },
      { type: 'pattern', protocol: 'https' },
    ],
  });
  const { extension: addonId } = await bidi.send<{ extension: string }>('webExtension.install', {
    extensionData: { type: 'path', path: extensionDir },
  });

  const openTab = async (url: string) => {
    const { context } = await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' });
    await bidi.send('browsingContext.navigate', { context, url, wait: 'complete' });
    return context;
  };
  const evaluate = async <A, T>(context: string, fn: (arg: A) => T | Promise<T>, arg: A): Promise<T> => {
    const expression = `(async () => JSON.stringify(await (${fn.toString()})(${JSON.stringify(arg)})))()`;
    const outcome = await bidi.send<{ type: string; result?: { value?: string }; exceptionDetails?: { text: string } }>('script.evaluate', {
      expression,
      target: { context },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (outcome.type !== 'success') throw new Error(`In the page: ${outcome.exceptionDetails?.text}`);
    const json = outcome.result?.value;
    return (json === undefined ? undefined : JSON.parse(json)) as T;
  };
  let inspector: string | undefined;
  const readTable = async <T>(table: string): Promise<T[]> => {
    inspector ??= await openTab(`${extensionBase}blank.html`);
    return evaluate(inspector, readIndexedDbTable, table) as Promise<T[]>;
  };
  return {
    bidi,
    addonId,
    extensionBase,
    linkedinPages,
    outsideRequests,
    proxyRequests: proxy.requests,
    consoleErrors,
    openTab,
    evaluate,
    readTable,
    close: async () => {
      closing = true;
      await cleanUp();
    },
  };
}

/** Runs inside an add-on page: raw IndexedDB, so the test does not depend on app code. */
function readIndexedDbTable(table: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('inroads');
    // No database yet: leave it uncreated (the app creates it at its own version).
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = () => (open.error?.name === 'AbortError' ? resolve([]) : reject(open.error));
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
