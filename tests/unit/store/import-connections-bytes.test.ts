import { describe, expect, it, vi } from 'vitest';
import { loadConnections } from '@/lib/store/directory/connections';
import { importConnections } from '@/lib/store/directory/import-connections';
import { importConnectionsFile } from '@/lib/store/directory/import-file';
import { freshDb } from '../helpers';
import { connectionsCsv } from './import-fixtures';
import { hugeFile, utf16, utf8, windows1252, zipWith } from '../domain/formats/encoded-bytes';

const NOW = Date.UTC(2024, 5, 1, 12);
const CSV = connectionsCsv([
  ['José', 'Müller', 'https://www.linkedin.com/in/jose-muller', 'Société Générale', 'Ingénieur', '02 Jun 2022'],
  ['Siobhán', 'O’Brien', '', 'Café “Noir”', 'Barista – Lead', '03 Jun 2022'],
]);
const NAMES = ['José Müller', 'Siobhán O’Brien'];

/** A File stand-in over real bytes (what the side panel passes). */
const fileOf = (bytes: Uint8Array) => ({ size: bytes.length, arrayBuffer: async () => bytes.slice().buffer });

describe('importing Connections.csv from its bytes', () => {
  it.each([
    ['UTF-8', utf8(CSV)],
    ['UTF-8 with BOM', utf8(CSV, true)],
    ['UTF-16 LE with BOM', utf16(CSV, 'le', true)],
    ['UTF-16 LE without BOM', utf16(CSV, 'le')],
    ['UTF-16 BE with BOM', utf16(CSV, 'be', true)],
  ])('%s: every name as written, no notice', async (_name, bytes) => {
    const db = freshDb();
    const result = await importConnectionsFile(db, fileOf(bytes), NOW);
    expect(result).toMatchObject({ ok: true, rows: 2, added: 2 });
    expect(result).not.toHaveProperty('notice');
    expect((await loadConnections(db)).map((c) => c.name).sort()).toEqual(NAMES);
  });

  it('Windows-1252 (Excel): the names decoded right, and the summary says how the file was read', async () => {
    const db = freshDb();
    const result = await importConnectionsFile(db, fileOf(windows1252(CSV)), NOW);
    expect(result).toMatchObject({ ok: true, rows: 2, added: 2 });
    expect(result.ok && result.notice).toMatch(/read as Windows-1252/);
    const names = (await loadConnections(db)).map((c) => c.name).sort();
    expect(names).toEqual(NAMES);
    expect(names.join()).not.toMatch(/\ufffd/);
  });

  it('an .xlsx is refused in words, and nothing is written', async () => {
    const db = freshDb();
    const result = await importConnections(db, zipWith('[Content_Types].xml', 'xl/workbook.xml'), NOW);
    expect(result).toEqual({
      ok: false,
      error: {
        line: 0,
        message: expect.stringMatching(/^This looks like a spreadsheet \(\.xlsx\) — export it as CSV/),
      },
    });
    expect(await db.connections.count()).toBe(0);
  });

  it('a file over 50 MB is refused by its size, before a byte is read', async () => {
    const db = freshDb();
    const file = hugeFile(700_000_000);
    const read = vi.spyOn(file, 'arrayBuffer');
    const result = await importConnectionsFile(db, file, NOW);
    expect(result).toEqual({
      ok: false,
      error: {
        line: 0,
        message: expect.stringMatching(/^The file is 700\.0 MB, over 50 MB — LinkedIn's export is much smaller/),
      },
    });
    expect(read).not.toHaveBeenCalled();
  });

  it('text already decoded still imports as before', async () => {
    const db = freshDb();
    expect(await importConnections(db, CSV, NOW)).toMatchObject({ ok: true, rows: 2, added: 2 });
  });
});
