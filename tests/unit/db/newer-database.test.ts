import { describe, expect, it } from 'vitest';
import { LATEST_DB_VERSION, openInroadsDb } from '../../../lib/db/database';
import { loadSettings } from '../../../lib/db/settings';
import { isNewerDatabase } from '../../../lib/db/storage-errors';
import { createNewerDb } from '../../fixtures/db/db-fixtures';
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
});
