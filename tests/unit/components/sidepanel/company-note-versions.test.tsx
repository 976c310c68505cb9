// @vitest-environment jsdom
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CompanyDetails } from '@/components/sidepanel/companies/CompanyDetails';
import { getDb } from '@/lib/store';
import { companyOfKey, saveCompany, updateCompany } from '@/lib/store/companies/companies';
import { turnSyncOn } from '@/lib/store/sync/setup';
import { device, exchange, NOW, testKey } from '../../store/sync/sync-helpers';

const db = getDb();
configure({ asyncUtilTimeout: 8_000 });
const MINE = 'Design team hiring in spring.';
const THEIRS = 'Ask Ana about the design lead.';

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
  const server = { folder: 'https://dav.example/files/', user: 'me', password: 'pw', keysId: 'salt' };
  await turnSyncOn(db, { ...server, cryptoKey: await testKey() }, NOW);
});
afterEach(cleanup);

/** A company whose notes were edited on this device and on another at once, then synced. */
async function notesEditedOnTwoDevices() {
  const other = await device('other');
  const { key } = await saveCompany(db, { name: 'Northwind Health' }, NOW);
  await exchange([db, other]);
  await updateCompany(db, key, { notes: MINE }, NOW + 10);
  await updateCompany(other, key, { notes: THEIRS }, NOW + 20);
  await exchange([db, other]);
  return (await companyOfKey(db, key))!;
}

describe("a company's notes edited on two devices", () => {
  it('offers the other version beside the notes, and "Add to the notes" keeps both texts', async () => {
    const company = await notesEditedOnTwoDevices();
    const offered = company.notes === THEIRS ? MINE : THEIRS;
    render(<CompanyDetails company={company} objectives={[]} />);
    const versions = await screen.findByTestId('note-versions');
    expect(within(versions).getByTestId('note-version').textContent).toContain(offered);
    fireEvent.click(within(versions).getByRole('button', { name: 'Add to the notes' }));
    await waitFor(() => expect(screen.queryByTestId('note-versions')).toBeNull());
    expect((await companyOfKey(db, company.key))!.notes).toBe(`${company.notes}\n\n${offered}`);
  });

  it('"Discard" drops the other version and leaves the notes as they are', async () => {
    const company = await notesEditedOnTwoDevices();
    render(<CompanyDetails company={company} objectives={[]} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(screen.queryByTestId('note-versions')).toBeNull());
    expect((await companyOfKey(db, company.key))!.notes).toBe(company.notes);
  });
});
