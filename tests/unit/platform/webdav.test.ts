import { describe, expect, it } from 'vitest';
import { createDav, DavError, parseMultistatus } from '@/lib/platform/webdav';

const RCLONE = `<?xml version="1.0" encoding="UTF-8"?><D:multistatus xmlns:D="DAV:"><D:response><D:href>/inroads-sync/devices/</D:href><D:propstat><D:prop><D:resourcetype><D:collection xmlns:D="DAV:"/></D:resourcetype></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response><D:response><D:href>/inroads-sync/devices/0f1e2d3c4b5a6978/</D:href><D:propstat><D:prop><D:resourcetype><D:collection xmlns:D="DAV:"/></D:resourcetype></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response><D:response><D:href>/inroads-sync/devices/notes.txt</D:href><D:propstat><D:prop><D:resourcetype></D:resourcetype><D:getcontentlength>3</D:getcontentlength></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response></D:multistatus>`;

// Nextcloud (Sabre): d: prefix, absolute hrefs under remote.php, percent-encoded, self-closing collection.
const NEXTCLOUD = `<?xml version="1.0"?>
<d:multistatus xmlns:d="DAV:" xmlns:s="http://sabredav.org/ns" xmlns:oc="http://owncloud.org/ns">
 <d:response><d:href>/remote.php/dav/files/sam%20r/Inroads%20data/inroads-sync/devices/0f1e2d3c4b5a6978/</d:href>
  <d:propstat><d:prop><d:resourcetype><d:collection/></d:resourcetype></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
 <d:response><d:href>/remote.php/dav/files/sam%20r/Inroads%20data/inroads-sync/devices/0f1e2d3c4b5a6978/0000000001.bin</d:href>
  <d:propstat><d:prop><d:resourcetype/></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
 <d:response><d:href>/remote.php/dav/files/sam%20r/Inroads%20data/inroads-sync/devices/0f1e2d3c4b5a6978/snapshot-0000000025.bin</d:href>
  <d:propstat><d:prop><d:resourcetype/></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
</d:multistatus>`;

describe('the WebDAV client', () => {
  it('reads a PROPFIND listing from rclone: folders and files directly inside, not the folder itself', () => {
    expect(parseMultistatus(RCLONE, '/inroads-sync/devices/')).toEqual([
      { name: '0f1e2d3c4b5a6978', folder: true },
      { name: 'notes.txt', folder: false },
    ]);
  });

  it('reads Nextcloud’s listing (another prefix, encoded paths)', () => {
    const folder = '/remote.php/dav/files/sam%20r/Inroads%20data/inroads-sync/devices/0f1e2d3c4b5a6978/';
    expect(parseMultistatus(NEXTCLOUD, folder)).toEqual([
      { name: '0000000001.bin', folder: false },
      { name: 'snapshot-0000000025.bin', folder: false },
    ]);
  });

  it('sends Basic authentication to the folder’s origin only, and words failures', async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    const answers = [new Response('', { status: 401 }), new Response('', { status: 503 })];
    const dav = createDav({ folder: 'https://cloud.example/dav/', user: 'sam', password: 'pässword' }, async (url, init) => {
      calls.push({ url: String(url), init: init! });
      return answers.shift()!;
    });
    await expect(dav.get('a.bin')).rejects.toMatchObject({ problem: 'auth' });
    await expect(dav.get('b.bin')).rejects.toMatchObject({ problem: 'server', status: 503 });
    await expect(dav.get('https://elsewhere.example/x')).rejects.toBeInstanceOf(DavError);
    expect(calls.map((c) => c.url)).toEqual(['https://cloud.example/dav/a.bin', 'https://cloud.example/dav/b.bin']);
    expect((calls[0]!.init.headers as Record<string, string>).Authorization).toBe(
      `Basic ${Buffer.from('sam:pässword', 'utf8').toString('base64')}`,
    );
    expect(calls[0]!.init.credentials).toBe('omit');
  });

  it('calls a failed connection unreachable', async () => {
    const dav = createDav({ folder: 'https://cloud.example/dav/', user: 'u', password: 'p' }, async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(dav.list('')).rejects.toMatchObject({ problem: 'unreachable' });
  });
});
