// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, configure, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { DataView } from '@/components/sidepanel/data/DataView';
import { ProgressBar } from '@/components/sidepanel/data/ProgressBar';
import { loadConnections } from '@/lib/store/directory/connections';
import { getDb } from '@/lib/store';
import { exportBackup } from '@/lib/store/backup/backup-io';
import { LAST_BACKUP_KEY } from '@/lib/store/backup/backup-status';
import { parseBackup } from '@/lib/domain/formats';
import { personOf } from './targets-fixtures';
import { captureDownloads } from './data-download';

const db = getDb();
// Generous waits: fake IndexedDB on a loaded machine can take over a second.
configure({ asyncUtilTimeout: 8_000 });
const DAY = 86_400_000;
const fixture = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/connections', name), 'utf8');

function pick(label: string | RegExp, text: string, name: string) {
  const input = screen.getByLabelText(label) as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([text], name)] } });
}

async function renderView() {
  render(<DataView />);
  await screen.findByRole('heading', { name: 'Your data', level: 1 });
}

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});
afterEach(cleanup);

describe('DataView', { timeout: 20_000 }, () => {
  it('imports Connections.csv and shows what was added and skipped, with lines and reasons', async () => {
    await renderView();
    pick('Connections.csv file', fixture('connections-export-2024-notes-preamble-url-EXCERPT.csv'), 'Connections.csv');
    const summary = await screen.findByRole('status', { name: 'Import summary' });
    expect(summary.textContent).toMatch(
      /Imported 11 connections: 11 added, 0 updated, 0 already up to date, 1 skipped/,
    );
    expect(within(summary).getByText(/Line 16: no name/)).toBeTruthy();
    // Known 1st-degree connections in the contact directory; nobody becomes a person by being imported.
    expect((await loadConnections(db)).filter((c) => c.connectedOn)).toHaveLength(11);
    expect(await db.people.count()).toBe(0);
  });

  it('refuses a bad Connections.csv, names the line, and writes nothing', async () => {
    await db.people.add(personOf({ id: 'kept' }));
    await renderView();
    pick(
      'Connections.csv file',
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAnn,Lee,,,"Acme,Eng,01 Jan 2024\n',
      'bad.csv',
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/not imported, and nothing was changed: .*line 2/i);
    expect(await db.people.count()).toBe(1);
  });

  it('explains why a backup file cannot be restored and changes nothing', async () => {
    await db.people.add(personOf({ id: 'kept' }));
    const text = await exportBackup(db, Date.now());
    await renderView();
    pick(/Restore from a backup file/, text.slice(0, 200), 'inroads-backup-2024-06-01.json');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(
      /inroads-backup-2024-06-01\.json cannot be restored: The file is not complete JSON.*Nothing was changed\./,
    );
    cleanup();
    await renderView();
    pick(/Restore from a backup file/, text.replace('"version":4', '"version":7'), 'newer.json');
    expect((await screen.findByRole('alert')).textContent).toMatch(/newer Inroads/);
    expect(await db.people.count()).toBe(1);
    expect(screen.queryByRole('form', { name: 'Restore the backup' })).toBeNull();
  });

  it('restores a valid backup by merge, and asks before replacing everything', async () => {
    await db.people.add(personOf({ id: 'in-backup', name: 'In Backup' }));
    const text = await exportBackup(db, Date.now());
    await db.people.add(personOf({ id: 'added-later', name: 'Added Later' }));
    await renderView();

    pick(/Restore from a backup file/, text, 'b.json');
    const form = await screen.findByRole('form', { name: 'Restore the backup' });
    expect(form.textContent).toMatch(/The file checks out\. b\.json: a backup from .* with 1 person/);
    fireEvent.click(within(form).getByRole('button', { name: 'Merge this backup' }));
    expect((await screen.findByText(/Backup restored \(merged with your data\)/)).textContent).toMatch(
      /1 person from the file/,
    );
    expect(await db.people.count()).toBe(2);

    pick(/Restore from a backup file/, text, 'b.json');
    const again = await screen.findByRole('form', { name: 'Restore the backup' });
    fireEvent.click(within(again).getByLabelText(/Replace: delete everything/));
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    fireEvent.click(within(again).getByRole('button', { name: 'Replace everything with this backup' }));
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(await db.people.count()).toBe(2);
    fireEvent.click(within(again).getByRole('button', { name: 'Replace everything with this backup' }));
    await screen.findByText(/Backup restored \(replacing your data\)/);
    expect((await db.people.toArray()).map((p) => p.id)).toEqual(['in-backup']);
  });

  it('exports a backup file, then shows the date of the last backup', async () => {
    const downloads = captureDownloads();
    await db.people.add(personOf({ id: 'a', name: 'Ann' }));
    await renderView();
    await screen.findByText('Last backup: never.');
    fireEvent.click(screen.getByRole('button', { name: 'Export backup' }));
    await screen.findByText(/Backup saved as inroads-backup-\d{4}-\d{2}-\d{2}\.json/);
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.fileName).toMatch(/^inroads-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = parseBackup(await downloads[0]!.text);
    expect(parsed.ok && parsed.tables.people.map((p) => p.name)).toEqual(['Ann']);
    await screen.findByText(/^Last backup: (?!never)/);
  });

  it('downloads the targets CSV and the calendar', async () => {
    const downloads = captureDownloads();
    await db.people.add(
      personOf({ id: 'a', name: 'Ann', nextAction: { kind: 'follow-up', due: Date.now() + DAY, reason: { code: 'follow-up-first', params: ['Ann'] } } }),
    );
    await renderView();
    fireEvent.click(screen.getByRole('button', { name: 'Download targets (CSV)' }));
    await screen.findByText(/Saved inroads-targets-.*\.csv with 1 target\./);
    fireEvent.click(screen.getByRole('button', { name: 'Download follow-ups and meetings (.ics)' }));
    await screen.findByText(/Saved inroads-follow-ups-.*\.ics with 1 event;/);
    expect(await downloads[0]!.text).toMatch(/Name,Profile URL[\s\S]*Ann/);
    expect(downloads[1]!.type).toMatch(/text\/calendar/);
    expect(await downloads[1]!.text).toMatch(/BEGIN:VCALENDAR[\s\S]*SUMMARY:Ann: No answer from Ann yet/);
  });

  it('nudges at the top after 14 days of unsaved changes, and asks for persistent storage', async () => {
    const persist = vi.fn(async () => true);
    Object.defineProperty(navigator, 'storage', {
      configurable: true,
      value: { persisted: vi.fn(async () => false), persist },
    });
    const now = Date.now();
    await db.meta.put({ key: LAST_BACKUP_KEY, value: now - 20 * DAY });
    await db.people.add(personOf({ id: 'a', updatedAt: now - DAY }));
    await renderView();
    const nudge = await screen.findByText(/Your last backup was 20 days ago and you have made changes since/);
    expect(nudge.closest('.backup-nudge')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Export backup now' })).toBeTruthy();
    await screen.findByText(/Storage is persistent/);
    expect(persist).toHaveBeenCalled();
    Reflect.deleteProperty(navigator, 'storage');
  });

  it('shows no nudge when the backup is recent', async () => {
    const now = Date.now();
    await db.meta.put({ key: LAST_BACKUP_KEY, value: now - 3 * DAY });
    await db.people.add(personOf({ id: 'a', updatedAt: now - DAY }));
    await renderView();
    await screen.findByText(/^Last backup: (?!never)/);
    expect(screen.queryByText(/Your last backup was/)).toBeNull();
    await screen.findByText(/did not say whether Inroads data is kept/);
  });

  it('shows import progress as a labelled bar with a live count', () => {
    render(<ProgressBar label="Importing connections" verb="Imported" done={3000} total={30000} />);
    const bar = screen.getByLabelText('Importing connections') as HTMLProgressElement;
    expect([bar.value, bar.max]).toEqual([3000, 30000]);
    expect(screen.getByRole('status').textContent).toBe('Imported 3,000 of 30,000…');
  });
});
