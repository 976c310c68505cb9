/**
 * A small WebDAV client over fetch for sync: PROPFIND (depth 1), MKCOL, PUT,
 * GET and DELETE under one folder, with Basic authentication (user name and
 * app password). Works with Nextcloud and ownCloud
 * (https://host/remote.php/dav/files/<user>/…) and any WebDAV server.
 * Requests go to that folder's origin only, never send cookies, and give up
 * after a timeout.
 */

export type DavProblem = 'unreachable' | 'auth' | 'server';

export class DavError extends Error {
  override name = 'DavError';
  constructor(
    readonly problem: DavProblem,
    readonly status?: number,
  ) {
    super(status ? `WebDAV ${problem} (HTTP ${status})` : `WebDAV ${problem}`);
  }
}

export interface DavEntry {
  name: string;
  folder: boolean;
}

export interface DavConfig {
  /** The folder URL, ending with a slash. */
  folder: string;
  user: string;
  password: string;
}

const TIMEOUT_MS = 30_000;
const PROPFIND_BODY =
  '<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/></d:prop></d:propfind>';

function basic(user: string, password: string): string {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

const decodeXml = (text: string) =>
  text.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/gi, (_, name: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
    if (name[0] !== '#') return named[name.toLowerCase()]!;
    return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
  });

/**
 * The entries of a PROPFIND answer directly inside `folderPath` (service
 * workers have no DOMParser: the multistatus is read by its elements, any
 * namespace prefix).
 */
export function parseMultistatus(xml: string, folderPath: string): DavEntry[] {
  const entries: DavEntry[] = [];
  const responses = xml.match(/<([\w-]+:)?response[\s>][\s\S]*?<\/([\w-]+:)?response>/gi) ?? [];
  const base = decodeURIComponent(folderPath).replace(/\/+$/, '');
  for (const response of responses) {
    const href = /<([\w-]+:)?href[^>]*>([\s\S]*?)<\/([\w-]+:)?href>/i.exec(response)?.[2];
    if (!href) continue;
    let path = decodeXml(href.trim());
    try {
      path = decodeURIComponent(new URL(path, 'http://x').pathname);
    } catch {
      continue;
    }
    const trimmed = path.replace(/\/+$/, '');
    if (trimmed === base || !trimmed.startsWith(`${base}/`)) continue;
    const name = trimmed.slice(base.length + 1);
    if (name.includes('/')) continue;
    entries.push({ name, folder: /<([\w-]+:)?collection(\s[^>]*)?\/?>/i.test(response) });
  }
  return entries;
}

export interface Dav {
  /** The entries of a folder (undefined when it does not exist). */
  list(path: string): Promise<DavEntry[] | undefined>;
  get(path: string): Promise<Uint8Array | undefined>;
  /** 'exists' when `onlyIfNew` and the file is already there (HTTP 412). */
  put(path: string, body: Uint8Array | string, onlyIfNew?: boolean): Promise<'written' | 'exists'>;
  /** Creates a folder (nothing when it exists). */
  mkcol(path: string): Promise<void>;
  remove(path: string): Promise<void>;
}

export function createDav(config: DavConfig, fetchImpl: typeof fetch = (...args) => fetch(...args)): Dav {
  const auth = basic(config.user, config.password);
  const request = async (method: string, path: string, init: { headers?: Record<string, string>; body?: BodyInit } = {}) => {
    const url = new URL(path, config.folder);
    if (url.origin !== new URL(config.folder).origin) throw new DavError('server');
    try {
      return await fetchImpl(url.href, {
        method,
        headers: { Authorization: auth, ...init.headers },
        body: init.body,
        credentials: 'omit',
        cache: 'no-store',
        redirect: 'error',
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch {
      throw new DavError('unreachable');
    }
  };
  const check = (response: Response, ok: number[]) => {
    if (ok.includes(response.status)) return response;
    if (response.status === 401 || response.status === 403) throw new DavError('auth', response.status);
    throw new DavError('server', response.status);
  };
  return {
    async list(path) {
      const response = await request('PROPFIND', path, {
        headers: { Depth: '1', 'Content-Type': 'application/xml; charset=utf-8' },
        body: PROPFIND_BODY,
      });
      if (response.status === 404) return undefined;
      check(response, [207]);
      return parseMultistatus(await response.text(), new URL(path, config.folder).pathname);
    },
    async get(path) {
      const response = await request('GET', path);
      if (response.status === 404) return undefined;
      check(response, [200]);
      return new Uint8Array(await response.arrayBuffer());
    },
    async put(path, body, onlyIfNew = false) {
      const response = await request('PUT', path, {
        headers: { 'Content-Type': 'application/octet-stream', ...(onlyIfNew ? { 'If-None-Match': '*' } : {}) },
        body: body as BodyInit,
      });
      if (onlyIfNew && response.status === 412) return 'exists';
      check(response, [200, 201, 204]);
      return 'written';
    },
    async mkcol(path) {
      // 405: it exists already.
      check(await request('MKCOL', path), [201, 405]);
    },
    async remove(path) {
      check(await request('DELETE', path), [200, 204, 404]);
    },
  };
}
