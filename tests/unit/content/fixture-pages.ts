/** Loading the LinkedIn fixture pages and their expected values for the linkedin tests. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** The slice of jsdom's API the tests use (the package ships no types). */
interface Jsdom {
  JSDOM: new (
    html: string,
    options: { url?: string; virtualConsole: object },
  ) => { window: Window & typeof globalThis & { close(): void } };
  VirtualConsole: new () => object;
}
const { JSDOM, VirtualConsole } = createRequire(import.meta.url)('jsdom') as Jsdom;

export const FIXTURES = fileURLToPath(new URL('../../fixtures/linkedin/', import.meta.url));
export const SYNTHETIC = `${FIXTURES}synthetic/`;

/** One page's expected values (null: absent and listed in `missing`). */
export interface ExpectedPage {
  url: string;
  pageKind: string;
  name: string | null;
  headline: string | null;
  company: string | null;
  location: string | null;
  degree: string;
  mutualCount: number | null;
  mutualNames: string[];
  primaryAction: string | null;
  memberUrn?: string | null;
  mutualsSearchUrl?: string | null;
  mutualUrls?: string[];
  /** isTopCardReady; by default every page but a non-profile is ready. */
  ready?: boolean;
  notes?: string;
}

export function loadExpected(dir: string): Array<[string, ExpectedPage]> {
  return Object.entries(JSON.parse(readFileSync(`${dir}expected.json`, 'utf8')) as Record<string, ExpectedPage>);
}

export function readPage(path: string): string {
  return readFileSync(path, 'utf8');
}

/** Parses HTML as a browser would, with no scripts run and nothing fetched (jsdom defaults). */
export function parse(html: string, url = 'https://www.linkedin.com/'): Document & { defaultView: Window | null } {
  let docUrl = 'https://www.linkedin.com/';
  try {
    docUrl = new URL(url).href;
  } catch {
    // keep the default
  }
  return new JSDOM(html, { url: docUrl, virtualConsole: new VirtualConsole() }).window.document;
}
