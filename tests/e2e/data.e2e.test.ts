import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoWeek } from '../fixtures/demo/seed-week';
import { launchExtension, seedTables, waitFor, type ExtensionSession } from './harness';
import { FIXTURES_DIR } from './paths';
import { BACKUP_VERSION } from '@/lib/domain/formats/backup/versions';

const CSV = `${FIXTURES_DIR}/connections/connections-export-2024-notes-preamble-url-EXCERPT.csv`;

interface StoredPerson {
  name: string;
  degree: string;
  connectedOn?: number;
  kind: string;
}

describe('data portability from the side panel', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
    await seedTables(session, await buildDemoWeek(Date.now()));
  });
  afterAll(async () => session?.close());

  const followUps = async () => {
    const panel = await session.openExtensionPage('sidepanel.html#/follow-ups');
    const rows = panel.getByTestId('follow-up-row');
    await rows.first().waitFor();
    await panel.waitForTimeout(300);
    const list = await rows.evaluateAll((els) =>
      els.map((el) => `${el.getAttribute('data-section')}: ${el.querySelector('a')?.textContent}`),
    );
    await panel.close();
    return list.sort();
  };

  it('imports LinkedIn’s Connections.csv: the Connections tab lists everyone as 1st-degree, and one becomes a target', async () => {
    const rows = readFileSync(CSV, 'utf8')
      .split('\n')
      .filter((l) => /,\d{2} \w{3} \d{4}\s*$/.test(l) && !/^,/.test(l));
    const names = rows.map((l) => l.split(',').slice(0, 2).join(' ').trim()).sort();
    expect(rows.length).toBeGreaterThan(5);
    const peopleBefore = await session.readTable<StoredPerson>('people');

    const panel = await session.openExtensionPage('sidepanel.html#/data');
    await panel.getByLabel('Connections.csv file').setInputFiles(CSV);
    const summary = panel.getByRole('status', { name: 'Import summary' });
    await summary.waitFor();
    expect(await summary.textContent()).toMatch(/added/);
    // The directory is not people: nobody new until the user chooses.
    expect((await session.readTable<StoredPerson>('people')).length).toBe(peopleBefore.length);
    await summary.getByRole('link', { name: 'See your connections' }).click();
    await expect.poll(() => panel.evaluate(() => location.hash)).toBe('#/connections');
    await panel.getByTestId('connection-row').first().waitFor();
    await panel.close();

    // Tall enough that the virtual list renders every row.
    const list = await session.openExtensionPage('sidepanel.html#/connections');
    await list.setViewportSize({ width: 420, height: 1_400 + rows.length * 80 });
    const connections = list.getByRole('list', { name: 'Your connections' });
    await expect.poll(() => connections.getByTestId('connection-row').count()).toBe(rows.length);
    await list.getByText(`${rows.length} connections`, { exact: true }).waitFor();
    const items = connections.getByRole('listitem');
    expect(await items.count()).toBe(rows.length);
    expect(await items.first().getAttribute('aria-setsize')).toBe(String(rows.length));
    const listed = await connections
      .getByTestId('connection-row')
      .evaluateAll((els) =>
        els.map((el) => [
          el.querySelector('.target-name')?.textContent ?? '',
          el.querySelector('[data-testid="connection-degree"]')?.textContent ?? '',
        ]),
      );
    expect(listed.map(([name]) => name).sort()).toEqual(names);
    expect(listed.map(([, degree]) => degree)).toEqual(rows.map(() => '1st degree'));

    const meera = connections.getByTestId('connection-row').filter({ hasText: 'Meera Khanna' });
    expect(await meera.textContent()).toContain('Business Development Manager · Prepfully');
    await meera.getByRole('button', { name: 'Add Meera Khanna as a target' }).click();
    await expect.poll(() => list.evaluate(() => location.hash)).toMatch(/^#\/person\/.+/);
    const id = await list.evaluate(() => decodeURIComponent(location.hash.slice('#/person/'.length)));
    await list.getByRole('heading', { name: 'Meera Khanna', level: 1 }).waitFor();
    const person = (await session.readTable<StoredPerson & { id: string }>('people')).find((p) => p.id === id);
    expect(person).toMatchObject({
      name: 'Meera Khanna',
      kind: 'target',
      degree: '1st',
      connectedOn: Date.UTC(2024, 4, 30),
    });
    // Back on the list, she links to her page instead of offering "Add as target".
    await list.goto(list.url().replace(/#.*$/, '#/connections'));
    const again = list.getByTestId('connection-row').filter({ hasText: 'Meera Khanna' });
    expect(await again.getByRole('link', { name: 'Open page of Meera Khanna' }).getAttribute('href')).toBe(
      `#/person/${encodeURIComponent(id)}`,
    );
    expect(await again.getByRole('button').count()).toBe(0);
    await list.close();
  });

  it('exports a backup, and after a wipe the restore brings back the same follow-up list', async () => {
    const before = await followUps();
    const peopleBefore = (await session.readTable('people')).length;
    const panel = await session.openExtensionPage('sidepanel.html#/data');
    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: 'Export backup' }).first().click(),
    ]);
    const path = await download.path();
    const backup = JSON.parse(readFileSync(path, 'utf8'));
    expect(backup).toMatchObject({ format: 'inroads-backup', version: BACKUP_VERSION });
    expect(download.suggestedFilename()).toMatch(/^inroads-backup-\d{4}-\d{2}-\d{2}\.json$/);

    await panel.evaluate(
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
    expect(await session.readTable('people')).toEqual([]);

    await panel.reload();
    panel.on('dialog', (dialog) => void dialog.accept());
    await panel.getByLabel('Restore from a backup file (.json)').setInputFiles(path);
    await panel.getByLabel(/^Replace/).check();
    await panel.getByRole('button', { name: 'Replace everything with this backup' }).click();
    await waitFor(async () => (await session.readTable('people')).length === peopleBefore, 'the restore');
    expect(await followUps()).toEqual(before);
    await panel.close();
  });

  it('refuses a forged backup and changes nothing', async () => {
    const people = await session.readTable('people');
    const panel = await session.openExtensionPage('sidepanel.html#/data');
    await panel.getByLabel('Restore from a backup file (.json)').setInputFiles({
      name: 'forged.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          format: 'inroads-backup',
          version: 1,
          exportedAt: new Date().toISOString(),
          people: [{ id: 1 }],
        }),
      ),
    });
    await panel.getByRole('alert').first().waitFor();
    expect(await session.readTable('people')).toEqual(people);
    await panel.close();
  });
});
