import { describe, expect, it } from 'vitest';
import { LATEST_DB_VERSION, openInroadsDb } from '@/lib/store/database';
import { loadSettings } from '@/lib/store/settings/settings';
import { describeStorageError, isNewerDatabase } from '@/lib/store/storage-errors';
import { saveSettings } from '@/lib/store/settings/settings-save';
import { createNewerDb } from '../../fixtures/db/db-fixtures';
import { createHandlers } from '@/lib/background/handlers';
import { createRouter } from '@/lib/background/router';
import { deleteRawDb, dumpRawDb } from '../../fixtures/db/raw-idb';

describe('a database written by a newer Inroads, opened by this build', () => {
  it('opens, is recognised as newer, reads today’s tables, and changes nothing: no store, index, row or field is lost', async () => {
    const name = `inroads-newer-${Math.random().toString(36).slice(2)}`;
    const written = await createNewerDb(name);
    const db = openInroadsDb(name);
    await db.open();
    expect(isNewerDatabase(db.backendDB().version, LATEST_DB_VERSION)).toBe(true);
    expect(await db.people.count()).toBe(written.rows.people!.length);
    const settingsRow = written.rows.meta!.find((row) => (row as { key: string }).key === 'settings') as {
      value: unknown;
    };
    expect(await loadSettings(db)).toEqual(settingsRow.value);
    db.close();

    const after = await dumpRawDb(name);
    expect(after.idbVersion).toBe(written.idbVersion);
    expect(after.stores).toEqual(written.stores);
    expect(after.rows).toStrictEqual(written.rows);
    await deleteRawDb(name);
  });

  it('refuses every write while it is newer, with the newer-database problem, and the rows stay as written', async () => {
    const name = `inroads-newer-${Math.random().toString(36).slice(2)}`;
    const written = await createNewerDb(name);
    const db = openInroadsDb(name);
    const person = (await db.people.toArray())[0]!;
    const attempts = [
      () => saveSettings(db, { myName: 'Someone else' }),
      () => db.people.put({ ...person, name: 'Rewritten' }),
      () => db.people.delete(person.id),
      () => db.touches.clear(),
    ];
    for (const attempt of attempts) {
      const error = await attempt().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(describeStorageError(error)?.kind).toBe('newer-database');
    }
    db.close();
    expect((await dumpRawDb(name)).rows).toStrictEqual(written.rows);
    await deleteRawDb(name);
  });
});

describe('a profile viewed while the database is newer', () => {
  it('still gets its badge status, from what the database knows, and nothing is written', async () => {
    const name = `inroads-newer-${Math.random().toString(36).slice(2)}`;
    const written = await createNewerDb(name);
    const db = openInroadsDb(name);
    const known = (await db.people.toArray()).find((person) => person.kind === 'target' && person.profileUrl)!;
    const route = createRouter(
      createHandlers({ db, now: () => Date.now(), rememberTab: async () => {}, openInroads: async () => 'none', showTabDegree: async () => {} }),
      'abcdefghijklmnopabcdefghijklmnop',
    );
    const snapshot = {
      url: known.profileUrl!,
      publicId: known.publicId ?? 'someone',
      pageKind: 'profile' as const,
      name: known.name,
      degree: '2nd' as const,
      mutuals: [],
      missing: [],
    };
    const response = await route(
      { type: 'profile-viewed', snapshot },
      { id: 'abcdefghijklmnopabcdefghijklmnop', tab: { id: 3 }, frameId: 0 },
    );
    expect(response).toMatchObject({ ok: true, result: { personId: known.id, tracked: true } });
    db.close();
    expect((await dumpRawDb(name)).rows).toStrictEqual(written.rows);
    await deleteRawDb(name);
  });
});

describe('isNewerDatabase', () => {
  it('reads Dexie’s version × 10, including the +1 Dexie adds when it repairs a schema', () => {
    expect(isNewerDatabase(LATEST_DB_VERSION * 10, LATEST_DB_VERSION)).toBe(false);
    expect(isNewerDatabase(LATEST_DB_VERSION * 10 + 1, LATEST_DB_VERSION)).toBe(false);
    expect(isNewerDatabase((LATEST_DB_VERSION + 1) * 10, LATEST_DB_VERSION)).toBe(true);
    expect(isNewerDatabase(undefined, LATEST_DB_VERSION)).toBe(false);
  });
});
