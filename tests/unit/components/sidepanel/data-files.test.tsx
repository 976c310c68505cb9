// @vitest-environment jsdom
/** Files as users' tools write them, picked in the Data view: any encoding, too large, not text, too deep. */
import { cleanup, configure, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataView } from '@/components/sidepanel/data/DataView';
import { getDb } from '@/lib/store';
import { loadConnections } from '@/lib/store/directory/connections';
import { exportBackup } from '@/lib/store/backup/backup-io';
import { connectionsCsv } from '../../store/import-fixtures';
import { hugeFile, utf16, windows1252, zipWith } from '../../domain/formats/encoded-bytes';

const db = getDb();
configure({ asyncUtilTimeout: 8_000 });
const CSV = connectionsCsv([
  ['José', 'Müller', 'https://www.linkedin.com/in/jose-muller', 'Société Générale', 'Ingénieur', '02 Jun 2022'],
  ['Siobhán', 'O’Brien', '', 'Café “Noir”', 'Barista – Lead', '03 Jun 2022'],
]);

function pick(label: string | RegExp, file: object) {
  fireEvent.change(screen.getByLabelText(label), { target: { files: [file] } });
}
const asFile = (bytes: Uint8Array<ArrayBuffer>, name: string) => new File([bytes], name);
const names = async () => (await loadConnections(db)).map((c) => c.name).sort();

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
  render(<DataView />);
  await screen.findByRole('heading', { name: 'Your data', level: 1 });
});
afterEach(cleanup);

describe('importing Connections.csv in any encoding', { timeout: 20_000 }, () => {
  it('a Windows-1252 file from Excel: names intact, and the summary says how it was read', async () => {
    pick('Connections.csv file', asFile(windows1252(CSV), 'Connections.csv'));
    const summary = await screen.findByRole('status', { name: 'Import summary' });
    expect(summary.textContent).toMatch(/Imported 2 connections: 2 added/);
    expect(within(summary).getByText(/not saved as UTF-8, so it was read as Windows-1252/)).toBeTruthy();
    expect(await names()).toEqual(['José Müller', 'Siobhán O’Brien']);
  });

  it('a UTF-16 file without a byte-order mark', async () => {
    pick('Connections.csv file', asFile(utf16(CSV, 'le'), 'Connections.csv'));
    const summary = await screen.findByRole('status', { name: 'Import summary' });
    expect(summary.textContent).toMatch(/Imported 2 connections/);
    expect(summary.textContent).not.toMatch(/Windows-1252/);
    expect(await names()).toEqual(['José Müller', 'Siobhán O’Brien']);
  });

  it('a spreadsheet: says what it is and what to do', async () => {
    pick('Connections.csv file', asFile(zipWith('[Content_Types].xml', 'xl/workbook.xml'), 'Connections.xlsx'));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /nothing was changed: This looks like a spreadsheet \(\.xlsx\) — export it as CSV/,
    );
  });

  it('a 700 MB file: refused by its size before reading, in words (not "The file is empty")', async () => {
    const file = hugeFile(700_000_000);
    const reads = [vi.spyOn(file, 'arrayBuffer'), vi.spyOn(file, 'text')];
    pick('Connections.csv file', file);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/The file is 700\.0 MB, over 50 MB — LinkedIn's export is much smaller/);
    for (const read of reads) expect(read).not.toHaveBeenCalled();
  });
});

describe('restoring a backup that cannot be one', { timeout: 20_000 }, () => {
  it('a 600 MB file: refused by its size before reading', async () => {
    const file = hugeFile(600_000_000, 'huge.json');
    const reads = [vi.spyOn(file, 'arrayBuffer'), vi.spyOn(file, 'text')];
    pick(/Restore from a backup file/, file);
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /huge\.json cannot be restored: The file is 600\.0 MB, over 500 MB — an Inroads backup of 30,000 people is about 25 MB/,
    );
    for (const read of reads) expect(read).not.toHaveBeenCalled();
  });

  it('100,000 nested arrays: a clear refusal, not a stack overflow', async () => {
    const text = (await exportBackup(db, Date.now())).replace(
      '"meta":[',
      `"meta":[{"key":"deep\\u0041","value":${'['.repeat(100_000)}${']'.repeat(100_000)}},`,
    );
    pick(/Restore from a backup file/, new File([text], 'deep.json'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/deep\.json cannot be restored: The file nests data more than 64 levels deep/);
    expect(alert.textContent).not.toMatch(/call stack/i);
  });
});
