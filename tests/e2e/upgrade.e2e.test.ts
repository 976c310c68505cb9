import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDbFixtures } from '../fixtures/db/db-fixtures';
import { dumpDatabaseInPage, replaceDatabaseInPage } from '../fixtures/db/in-page-idb';
import { expectUpgraded, isLatest, requestedTarget } from '../fixtures/db/upgraded-checks';
import { launchExtension, waitFor, type ExtensionSession } from './harness';

/**
 * A user who updates Inroads keeps their database: the schema upgrades (loaded
 * only when a database needs them, lib/store/upgrades.ts) run in Chromium,
 * inside IndexedDB's upgrade transaction, from older versions' checked-in fixtures.
 */
describe('a database from an earlier Inroads', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => session?.close());

  /** Runs `fn(arg)` in a page of the extension's origin that opens no database of its own. */
  async function inPage<A, T>(fn: (arg: A) => Promise<T>, arg: A): Promise<T> {
    const page = await session.openExtensionPage('manifest.json');
    try {
      // Playwright's types unbox the argument; ours are plain JSON already.
      return (await page.evaluate(fn as never, arg as never)) as T;
    } finally {
      await page.close();
    }
  }

  const fixtures = loadDbFixtures().filter((fixture) => fixture.version === 1 || fixture.version === 3);

  it.each(fixtures.map((fixture) => [fixture.version, fixture] as const))(
    'upgrades a version %i database when the side panel opens, and lists its targets',
    async (_version, fixture) => {
      const { idbVersion, stores, rows } = fixture;
      await inPage(replaceDatabaseInPage, { name: 'inroads', idbVersion, stores, rows });
      const panel = await session.openExtensionPage('sidepanel.html#/targets');
      try {
        await panel.getByText(requestedTarget(fixture), { exact: true }).first().waitFor({ timeout: 20_000 });
      } finally {
        await panel.close();
      }
      const after = await waitFor(async () => {
        const dump = await inPage(dumpDatabaseInPage, 'inroads');
        return isLatest(dump) && dump;
      }, 'the newest schema version');
      expectUpgraded(fixture, after);
      expect(session.consoleErrors).toEqual([]);
    },
    60_000,
  );
});
