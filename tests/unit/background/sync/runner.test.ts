/** The runner and the connection against an in-memory WebDAV server: faults, schema versions, snapshots. */
import { describe, expect, it } from 'vitest';
import { openInroadsDb, type InroadsDb } from '@/lib/store/database';
import { addTarget } from '@/lib/store/use-cases/add-target';
import { updatePerson } from '@/lib/store/people/person-edit';
import { connect } from '@/lib/background/sync/connect';
import { syncNow } from '@/lib/background/sync/runner';
import { readStatus } from '@/lib/store/sync/state';
import { decodeFile, encodeFile } from '@/lib/domain/sync/batch';
import { FakeDav } from './fake-dav';

const PASS = 'correct horse battery staple';
const now = () => Date.now();

async function deviceOn(dav: FakeDav, passphrase = PASS): Promise<{ db: InroadsDb; reply: Awaited<ReturnType<typeof connect>> }> {
  const db = openInroadsDb(`runner-${Math.random().toString(36).slice(2)}`);
  const deps = { db, now, hasPermission: async () => true, fetch: dav.fetch };
  const reply = await connect(deps, { url: `${dav.origin}/files/sam/`, user: 'sam', password: 'app-pw' }, passphrase);
  return { db, reply };
}

const run = (db: InroadsDb, dav: FakeDav) => syncNow({ db, now, hasPermission: async () => true, fetch: dav.fetch });

describe('the sync runner', () => {
  it('refuses a wrong passphrase before writing anything, on the server or here', async () => {
    const dav = new FakeDav();
    dav.folders.add('/files/').add('/files/sam/');
    const a = await deviceOn(dav);
    expect(a.reply).toEqual({ ok: true });
    const before = dav.snapshot();
    const b = await deviceOn(dav, 'a different passphrase');
    expect(b.reply).toEqual({ ok: false, problem: 'wrong-passphrase' });
    expect(dav.snapshot()).toBe(before);
    expect(dav.requests.slice(-2).map((r) => r.method)).toEqual(['PROPFIND', 'GET']);
    expect(await b.db.syncState.count()).toBe(0);
  });

  it('keeps changes while the server is unreachable, retries an upload cut half-way, and delivers each change once', async () => {
    const dav = new FakeDav();
    dav.folders.add('/files/').add('/files/sam/');
    const [a, b] = [(await deviceOn(dav)).db, (await deviceOn(dav)).db];
    const jane = await addTarget(a, { profileUrl: 'https://www.linkedin.com/in/jane/', name: 'Jane Roe' }, now());
    dav.down = (method) => method === 'PUT';
    await run(a, dav);
    expect(await readStatus(a)).toMatchObject({ error: { code: 'unreachable' } });
    expect((await readStatus(a)).waiting).toBeGreaterThan(0);
    await updatePerson(a, jane.id, { phone: '+44 1' }, now());
    dav.down = () => false;
    await run(a, dav);
    expect(await readStatus(a)).toMatchObject({ waiting: 0 });
    expect((await readStatus(a)).error).toBeUndefined();
    await run(b, dav);
    expect(await b.people.get(jane.id)).toMatchObject({ name: 'Jane Roe', phone: '+44 1' });
    const batches = [...dav.files.keys()].filter((path) => /\/\d{10}\.bin$/.test(path));
    // The cut batch was sent again whole under its own number, the later change in the next one.
    expect(batches.map((p) => p.slice(-14))).toEqual(['0000000001.bin', '0000000002.bin']);
  });

  it('refuses batches from a newer schema with a clear status, and changes nothing', async () => {
    const dav = new FakeDav();
    dav.folders.add('/files/').add('/files/sam/');
    const [a, b] = [(await deviceOn(dav)).db, (await deviceOn(dav)).db];
    await addTarget(a, { profileUrl: 'https://www.linkedin.com/in/jane/', name: 'Jane Roe' }, now());
    await run(a, dav);
    // Rewrite A's batch as a newer Inroads would.
    const path = [...dav.files.keys()].find((p) => p.endsWith('0000000001.bin'))!;
    const key = (await a.syncState.get('secret')) as { cryptoKey: CryptoKey };
    const decoded = await decodeFile(key.cryptoKey, dav.files.get(path)!, path.replace('/files/sam/', ''), 99);
    if (!decoded.ok) throw new Error(decoded.problem);
    dav.files.set(path, await encodeFile(key.cryptoKey, { ...decoded.file, schema: 99 }, path.replace('/files/sam/', '')));
    await run(b, dav);
    expect(await readStatus(b)).toMatchObject({ error: { code: 'newer-schema' } });
    expect(await b.people.count()).toBe(0);
  });

  it('compacts into a snapshot: a new device starts from it, and a device whose batches were compacted away reads it too', async () => {
    const dav = new FakeDav();
    dav.folders.add('/files/').add('/files/sam/');
    const a = (await deviceOn(dav)).db;
    const b = (await deviceOn(dav)).db;
    const jane = await addTarget(a, { profileUrl: 'https://www.linkedin.com/in/jane/', name: 'Jane Roe' }, now());
    await run(a, dav);
    await run(b, dav);
    for (let i = 0; i < 25; i += 1) {
      await updatePerson(a, jane.id, { phone: `+44 ${i}` }, now());
      await run(a, dav);
    }
    // 26 batches: the snapshot came after the 25th.
    expect([...dav.files.keys()].filter((p) => p.includes('snapshot-')).map((p) => p.slice(-23))).toEqual(['snapshot-0000000025.bin']);
    // Batches 1–25 are gone from the server (as if an older snapshot had covered them).
    for (const path of [...dav.files.keys()]) if (/\/00000000(0\d|1\d|2[0-5])\.bin$/.test(path)) dav.files.delete(path);
    const c = (await deviceOn(dav)).db;
    dav.requests = [];
    await run(c, dav);
    const got = dav.requests.filter((r) => r.method === 'GET').map((r) => r.path.replace(/^.*\//, ''));
    expect(got).toEqual(['snapshot-0000000025.bin', '0000000026.bin']);
    await run(b, dav);
    for (const db of [b, c]) expect(await db.people.get(jane.id)).toMatchObject({ phone: '+44 24' });
  });
});
