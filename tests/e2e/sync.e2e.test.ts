/**
 * Sync between two browser profiles (two devices) through a real WebDAV
 * server (rclone on 127.0.0.1): everything the issue asks, end to end, with
 * the real extension, clicks in its pages and nothing mocked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PROFILES } from '../fixtures/demo/profiles';
import { launchExtension, waitFor, type ExtensionSession } from './harness';
import { FIXTURES_DIR } from './paths';
import { addTargetFromProfile, editDetail, person, personPage, syncAll, syncNow, turnOnSync, waitForPerson } from './sync-steps';
import { startWebDav, type WebDavServer } from './webdav-server';

const CSV = `${FIXTURES_DIR}/connections/connections-export-2024-notes-preamble-url-EXCERPT.csv`;
const PHONE = '+46 70 123 45 67';
const NOTES_B = 'Prefers video calls in the morning.';
const NOTES_A2 = 'Met Tomás at the design meetup.';
const NOTES_B2 = 'Tomás knows Maya from Northwind.';

type Row = Record<string, unknown>;
const granted = (session: ExtensionSession) =>
  session.serviceWorker.evaluate(() =>
    (globalThis as unknown as { chrome: { permissions: { getAll(): Promise<{ origins?: string[] }> } } }).chrome.permissions.getAll(),
  );

describe('sync between two browser profiles through a real WebDAV server', () => {
  let server: WebDavServer;
  let a: ExtensionSession;
  let b: ExtensionSession;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    server = await startWebDav();
    const options = { allowOrigins: [server.origin], grantOrigins: [`${server.origin}/*`] };
    a = await launchExtension(options);
    b = await launchExtension(options);
  }, 90_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await server?.close();
  });

  it('turns on on A with its data, refuses a wrong passphrase on B with nothing written, then turns on on B', async () => {
    ids.maya = await addTargetFromProfile(a, 0);
    const pageA = await turnOnSync(a, server);
    await pageA.getByTestId('sync-on').waitFor();
    expect((await granted(a)).origins).toContain(`${server.origin}/*`);
    await syncNow(a);
    const paths = server.files().map((f) => f.path);
    expect(paths).toContain('inroads-sync/keys.json');
    expect(paths.some((p) => /^inroads-sync\/devices\/[0-9a-f]{16}\/0000000001\.bin$/.test(p))).toBe(true);

    const before = server.files();
    const wrong = await turnOnSync(b, server, 'not the passphrase at all');
    expect(await wrong.getByRole('alert').textContent()).toMatch(/does not match the one your other devices use\. Nothing was written/);
    expect(server.files()).toEqual(before);
    expect(await b.readTable('syncState')).toEqual([]);
    expect(await b.readTable('outbox')).toEqual([]);
    expect((await granted(b)).origins ?? []).not.toContain(`${server.origin}/*`);

    const pageB = await turnOnSync(b, server);
    await pageB.getByTestId('sync-on').waitFor();
  });

  it('a target added on A appears on B', async () => {
    ids.tomas = await addTargetFromProfile(a, 1);
    await syncAll(a, b);
    for (const id of [ids.maya!, ids.tomas!]) expect(await person(b, id)).toMatchObject({ kind: 'target', name: expect.any(String) });
    const targets = await b.openExtensionPage('sidepanel.html#/targets');
    await targets.getByText(DEMO_PROFILES[1]!.name).first().waitFor();
    await targets.close();
  });

  it('A edits the phone while B edits the notes of the same person: both kept', async () => {
    await editDetail(a, ids.maya!, 'Phone', PHONE);
    await editDetail(b, ids.maya!, 'Notes', NOTES_B);
    await syncAll(a, b);
    for (const session of [a, b]) expect(await person(session, ids.maya!)).toMatchObject({ phone: PHONE, notes: NOTES_B });
  });

  it('B deletes a touch: gone on A', async () => {
    const page = await personPage(a, ids.maya!);
    await page.getByRole('button', { name: 'Log a call' }).click();
    await page.getByRole('button', { name: /^Record/ }).click();
    const touch = await waitFor(async () => (await a.readTable<Row>('touches')).find((t) => t.personId === ids.maya && t.kind === 'call'), 'the call on A');
    await page.close();
    await syncAll(a, b);
    expect((await b.readTable<Row>('touches')).map((t) => t.id)).toContain(touch.id);
    const onB = await personPage(b, ids.maya!);
    onB.on('dialog', (dialog) => void dialog.accept());
    await onB.getByRole('button', { name: /^Delete Call/ }).click();
    await waitFor(async () => !(await b.readTable<Row>('touches')).some((t) => t.id === touch.id), 'the call deleted on B');
    await onB.close();
    await syncAll(a, b);
    expect((await a.readTable<Row>('touches')).map((t) => t.id)).not.toContain(touch.id);
  });

  it('the same notes edited on both: both versions kept and shown, until one device keeps both', async () => {
    await editDetail(a, ids.tomas!, 'Notes', NOTES_A2);
    await editDetail(b, ids.tomas!, 'Notes', NOTES_B2);
    await syncAll(a, b);
    const shown = (await person(a, ids.tomas!))!.notes;
    expect((await person(b, ids.tomas!))!.notes).toBe(shown);
    const other = shown === NOTES_A2 ? NOTES_B2 : NOTES_A2;
    for (const session of [a, b]) {
      const page = await personPage(session, ids.tomas!);
      await page.getByTestId('note-version').getByText(other).waitFor();
      await page.close();
    }
    const page = await personPage(a, ids.tomas!);
    await page.getByTestId('note-version').getByRole('button', { name: 'Add to the notes' }).click();
    await page.getByTestId('note-versions').waitFor({ state: 'detached' });
    await page.close();
    await syncAll(a, b);
    for (const session of [a, b]) {
      const notes = String((await person(session, ids.tomas!))!.notes);
      expect(notes).toContain(NOTES_A2);
      expect(notes).toContain(NOTES_B2);
    }
    const onB = await personPage(b, ids.tomas!);
    expect(await onB.getByTestId('note-versions').count()).toBe(0);
    await onB.close();
  });

  it('the server stops mid-sync and comes back: changes wait, then everything arrives once', async () => {
    let stopped = false;
    a.beforeAllowed = async (request) => {
      if (!stopped && request.method === 'PUT' && /\/devices\/[0-9a-f]{16}\/\d{10}\.bin$/.test(request.url)) {
        stopped = true;
        await server.stop();
      }
    };
    const data = await a.openExtensionPage('sidepanel.html#/data');
    await data.getByLabel('Connections.csv file').setInputFiles(CSV);
    await data.getByRole('status', { name: 'Import summary' }).waitFor();
    await data.close();
    await waitFor(async () => (await syncNow(a), stopped), 'the upload cut by the stopped server');
    await syncNow(a);
    const panel = await a.openExtensionPage('sidepanel.html#/follow-ups');
    await expect.poll(() => panel.getByTestId('sync-status').textContent(), { timeout: 15_000 }).toMatch(/^Server unreachable — \d+ changes? waiting$/);
    await panel.close();
    a.beforeAllowed = undefined;
    await server.start();
    await syncAll(a, b);
    const [onA, onB] = [await a.readTable<Row>('connections'), await b.readTable<Row>('connections')];
    const contacts = (rows: Row[]) => rows.flatMap((r) => r.contacts as Row[]).sort((x, y) => String(x.profileUrl).localeCompare(String(y.profileUrl)));
    expect(contacts(onB)).toEqual(contacts(onA));
    expect(new Set(contacts(onB).map((c) => c.profileUrl)).size).toBe(contacts(onA).length);
    expect(contacts(onA).length).toBeGreaterThan(5);
    for (const table of ['people', 'touches', 'meetings']) {
      const ids = (await b.readTable<Row>(table)).map((r) => r.id);
      expect(new Set(ids).size, table).toBe(ids.length);
      expect(ids.length, table).toBe((await a.readTable(table)).length);
    }
    const status = await a.openExtensionPage('sidepanel.html#/follow-ups');
    await expect.poll(() => status.getByTestId('sync-status').textContent()).toMatch(/^Synced (just now|\d+ minutes? ago)$/);
    await status.close();
  });

  it('no file on the server holds a name, a note, a phone number or a link in plain text', async () => {
    const secrets = [...DEMO_PROFILES.slice(0, 2).map((p) => p.name), 'Lindqvist', PHONE, NOTES_B, NOTES_A2, NOTES_B2, 'linkedin', 'Meera', 'Prepfully'];
    const files = server.files();
    expect(files.length).toBeGreaterThan(3);
    for (const { path, bytes } of files) {
      for (const text of [bytes.toString('utf8'), bytes.toString('latin1'), bytes.toString('utf16le')]) {
        for (const secret of secrets) expect(text.toLowerCase(), path).not.toContain(secret.toLowerCase());
      }
    }
  });

  it('no request went anywhere but the configured origin', () => {
    for (const session of [a, b]) {
      expect(session.outsideRequests.filter((url) => !url.startsWith('https://www.linkedin.com/'))).toEqual([]);
      expect(session.allowedRequests.length).toBeGreaterThan(0);
      for (const request of session.allowedRequests) expect(request.url.startsWith(`${server.origin}/`)).toBe(true);
    }
  });

  it('turning sync off gives the permission back, and nothing more is captured', async () => {
    const page = await a.openExtensionPage('sidepanel.html#/settings');
    page.on('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Turn off sync' }).click();
    await page.getByText('Sync is off.', { exact: false }).waitFor();
    await waitFor(async () => !((await granted(a)).origins ?? []).includes(`${server.origin}/*`), 'the permission given back');
    await editDetail(a, ids.maya!, 'Phone', '+46 70 000 00 00');
    expect(await a.readTable('outbox')).toEqual([]);
    await waitForPerson(a, ids.maya!, (p) => p.phone === '+46 70 000 00 00', 'the edit stored locally');
  });
});
