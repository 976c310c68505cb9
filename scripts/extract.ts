/**
 * `npm run -s extract -- <saved-page.html> [--url <page-url>] [--explain]`
 * Prints the ProfileSnapshot of a saved LinkedIn page as one JSON object on stdout.
 * The page is parsed by jsdom with no scripts and no network; without --url the
 * address is taken from the page itself (top-card links, canonical, og:url).
 * --explain prints `{ "snapshot": …, "evidence": … }` instead: per field, the rule
 * that decided it and the candidates set aside (rule names and counts only).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { explainProfile, extractProfile, normaliseProfileUrl, profileUrlFromDocument } from '@/lib/content/read';
import { ProfileSnapshot } from '@/lib/domain/model/snapshot';

/** The slice of jsdom's API used here (the package ships no types). */
interface Jsdom {
  JSDOM: new (
    html: string | Buffer,
    options: { url: string; virtualConsole: object },
  ) => { window: { document: Document; close(): void } };
  VirtualConsole: new () => object;
}

const PROFILE_VIEW = /^https?:\/\/(?:[a-z]{2,6}\.)?linkedin\.com\/profile\/view\b/i;
const USAGE = 'usage: npm run -s extract -- <saved-page.html> [--url <page-url>] [--explain]';

interface Args {
  file?: string;
  url?: string;
  explain?: boolean;
  error?: string;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--url') {
      const value = argv[++i];
      if (value === undefined) return { error: '--url needs a value' };
      args.url = value;
    } else if (arg.startsWith('--url=')) args.url = arg.slice('--url='.length);
    else if (arg === '--explain') args.explain = true;
    else if (arg === '-h' || arg === '--help') return { error: USAGE };
    else if (arg.startsWith('-') && arg !== '-') return { error: `unknown option ${arg}` };
    else if (args.file === undefined) args.file = arg;
    else return { error: `unexpected argument ${arg}` };
  }
  return args.file === undefined ? { error: 'no file given' } : args;
}

function documentUrl(url: string | undefined): string {
  try {
    return url ? new URL(url).href : 'https://www.linkedin.com/';
  } catch {
    return 'https://www.linkedin.com/';
  }
}

/** Any address the page states about itself, profile or not (used only when no profile URL is found). */
function statedUrl(doc: Document): string {
  const el = doc.querySelector('link[rel="canonical"], meta[property="og:url"]');
  return (el?.getAttribute('href') ?? el?.getAttribute('content') ?? '').trim().slice(0, 2048);
}

function fail(message: string, code: number): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(code);
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (args.error || !args.file) fail(`${args.error ?? 'no file given'}\n${USAGE}`, 2);
  let bytes: Buffer;
  try {
    bytes = readFileSync(args.file);
  } catch (err) {
    fail(`cannot read ${args.file}: ${err instanceof Error ? err.message : String(err)}`, 1);
  }
  // Loaded only now, so argument and file errors answer fast.
  const { JSDOM, VirtualConsole } = createRequire(import.meta.url)('jsdom') as Jsdom;
  // No runScripts, no resources: nothing on the page runs and nothing is fetched.
  const dom = new JSDOM(bytes, { url: documentUrl(args.url), virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  // A 2015 "/profile/view?id=…" address names no slug: the page's own links do.
  const url =
    (args.url && !PROFILE_VIEW.test(args.url) ? args.url : undefined) ??
    profileUrlFromDocument(doc) ??
    args.url ??
    statedUrl(doc);
  const { snapshot, evidence } = args.explain
    ? explainProfile(doc, url)
    : { snapshot: extractProfile(doc, url), evidence: undefined };
  if (!normaliseProfileUrl(snapshot.url)) {
    snapshot.missing = [...new Set(['url', 'publicId', ...snapshot.missing])].slice(0, 30);
  }
  const checked = ProfileSnapshot.safeParse(snapshot);
  if (!checked.success) fail(`internal error: invalid snapshot: ${checked.error.message}`, 3);
  const out = args.explain ? { snapshot: checked.data, evidence } : checked.data;
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  dom.window.close();
}

main();
