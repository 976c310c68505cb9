/** An in-memory WebDAV server behind a fetch function, for the runner's unit tests (the browser tests use a real one). */
export class FakeDav {
  files = new Map<string, Uint8Array>();
  folders = new Set<string>(['/']);
  requests: { method: string; path: string }[] = [];
  /** Requests that fail (a dropped connection) while this says so. */
  down: (method: string, path: string) => boolean = () => false;
  readonly origin = 'https://dav.example';

  fetch: typeof fetch = async (input, init = {}) => {
    const url = new URL(String(input));
    const method = init.method ?? 'GET';
    const path = decodeURIComponent(url.pathname);
    this.requests.push({ method, path });
    if (this.down(method, path)) throw new TypeError('Failed to fetch');
    const parent = path.replace(/[^/]+\/?$/, '');
    if (method === 'PROPFIND') {
      if (!this.folders.has(path)) return new Response('', { status: 404 });
      const inside = [...this.folders].filter((f) => f !== path && f.startsWith(path) && !f.slice(path.length, -1).includes('/'));
      const files = [...this.files.keys()].filter((f) => f.startsWith(path) && !f.slice(path.length).includes('/'));
      const entry = (href: string, folder: boolean) =>
        `<d:response><d:href>${encodeURI(href)}</d:href><d:propstat><d:prop><d:resourcetype>${folder ? '<d:collection/>' : ''}</d:resourcetype></d:prop></d:propstat></d:response>`;
      const body = [entry(path, true), ...inside.map((f) => entry(f, true)), ...files.map((f) => entry(f, false))].join('');
      return new Response(`<?xml version="1.0"?><d:multistatus xmlns:d="DAV:">${body}</d:multistatus>`, { status: 207 });
    }
    if (method === 'MKCOL') {
      if (this.folders.has(path)) return new Response('', { status: 405 });
      if (!this.folders.has(parent)) return new Response('', { status: 409 });
      this.folders.add(path);
      return new Response('', { status: 201 });
    }
    if (method === 'PUT') {
      if (!this.folders.has(parent)) return new Response('', { status: 409 });
      const headers = new Headers(init.headers);
      if (headers.get('If-None-Match') === '*' && this.files.has(path)) return new Response('', { status: 412 });
      const body = typeof init.body === 'string' ? new TextEncoder().encode(init.body) : new Uint8Array(init.body as Uint8Array);
      this.files.set(path, body);
      return new Response('', { status: 201 });
    }
    if (method === 'GET') {
      const file = this.files.get(path);
      return file ? new Response(file as BodyInit, { status: 200 }) : new Response('', { status: 404 });
    }
    if (method === 'DELETE') {
      return new Response('', { status: this.files.delete(path) ? 204 : 404 });
    }
    return new Response('', { status: 405 });
  };

  snapshot(): string {
    return JSON.stringify([...this.folders].sort()) + JSON.stringify([...this.files.entries()].map(([k, v]) => [k, v.length]).sort());
  }
}
