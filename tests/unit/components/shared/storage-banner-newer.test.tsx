// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StorageBanner } from '@/components/shared/StorageBanner';
import { DB_NAME } from '@/lib/store/database';
import { getDb } from '@/lib/store';
import { NEWER_DATABASE } from '@/lib/store/storage-errors';
import { createNewerDb } from '../../../fixtures/db/db-fixtures';
import { deleteRawDb, dumpRawDb } from '../../../fixtures/db/raw-idb';

describe('the storage banner on a database from a newer Inroads', () => {
  afterEach(cleanup);

  it('says so in plain words, and every store, index and row is still there afterwards', async () => {
    const written = await createNewerDb(DB_NAME);
    render(<StorageBanner />);
    const alert = await screen.findByRole('alert', {}, { timeout: 4000 });
    expect(alert.textContent).toContain(NEWER_DATABASE.message);
    expect(NEWER_DATABASE.message).toMatch(/newer/i);
    expect(NEWER_DATABASE.message).toMatch(/nothing .*deleted/i);
    getDb().close();

    const after = await dumpRawDb(DB_NAME);
    expect(after.idbVersion).toBe(written.idbVersion);
    expect(after.stores).toEqual(written.stores);
    expect(after.rows).toStrictEqual(written.rows);
    await deleteRawDb(DB_NAME);
  });
});
