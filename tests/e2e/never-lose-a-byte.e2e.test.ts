import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoWeek } from '../fixtures/demo/seed-week';
import { launchExtension, seedTables, waitFor, type ExtensionSession } from './harness';

/** Typed in the person form: two numbers and words (52 characters; the limit used to be 50). */
const LONG_PHONE = '+44 20 7946 0000 (office) / +44 7700 900123 (mobile)';

interface StoredPerson {
  id: string;
  name: string;
  phone?: string;
}

describe('never lose a byte: what the forms write, a backup restores', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
    await seedTables(session, await buildDemoWeek(Date.now()));
  });
  afterAll(async () => session?.close());

  const wipe = (panel: Awaited<ReturnType<ExtensionSession['openExtensionPage']>>) =>
    panel.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('inroads');
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction([...db.objectStoreNames], 'readwrite');
            for (const name of db.objectStoreNames) tx.objectStore(name).clear();
            tx.oncomplete = () => (db.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
    );

  it('a long phone typed in the person form comes back after export, wipe and restore', async () => {
    const [someone] = await session.readTable<StoredPerson>('people');
    const person = await session.openExtensionPage(`sidepanel.html#/person/${someone!.id}`);
    const phone = person.getByLabel('Phone', { exact: true });
    await phone.fill(LONG_PHONE);
    await phone.press('Tab');
    await waitFor(
      async () => (await session.readTable<StoredPerson>('people')).find((p) => p.id === someone!.id)?.phone === LONG_PHONE,
      'the phone to be saved',
    );
    await person.close();

    const panel = await session.openExtensionPage('sidepanel.html#/data');
    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: 'Export backup' }).first().click(),
    ]);
    const path = await download.path();
    expect(readFileSync(path, 'utf8')).toContain(LONG_PHONE);
    const count = (await session.readTable('people')).length;
    await wipe(panel);
    expect(await session.readTable('people')).toEqual([]);

    await panel.reload();
    panel.on('dialog', (dialog) => void dialog.accept());
    await panel.getByLabel('Restore from a backup file (.json)').setInputFiles(path);
    await panel.getByLabel(/^Replace/).check();
    await panel.getByRole('button', { name: 'Replace everything with this backup' }).click();
    await waitFor(async () => (await session.readTable('people')).length === count, 'the restore');
    expect((await session.readTable<StoredPerson>('people')).find((p) => p.id === someone!.id)?.phone).toBe(LONG_PHONE);
    await panel.close();

    const again = await session.openExtensionPage(`sidepanel.html#/person/${someone!.id}`);
    await expect.poll(() => again.getByLabel('Phone', { exact: true }).inputValue()).toBe(LONG_PHONE);
    await again.close();
  });

  it('a backup with a field over its limit is refused naming the field and the problem in words (zod’s words are in the build)', async () => {
    const people = await session.readTable<StoredPerson>('people');
    const panel = await session.openExtensionPage('sidepanel.html#/data');
    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: 'Export backup' }).first().click(),
    ]);
    const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as { people: { phone?: string }[]; touches: { at: number }[] };
    file.people[0]!.phone = '1'.repeat(201);
    file.touches[0]!.at = 1e16;
    await panel.getByLabel('Restore from a backup file (.json)').setInputFiles({
      name: 'too-long.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    const alert = panel.getByRole('alert').first();
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toMatch(/people\[0\]\.phone: at most 200 characters/);
    expect(text).toMatch(/touches\[0\]\.at: must be a date between 1990 and 2200/);
    expect(text).not.toMatch(/Invalid input|too_big|\{"/);
    expect(await session.readTable('people')).toEqual(people);
    await panel.close();
  });
});
