/**
 * Version-1 files (written before the contact directory) still restore: the
 * 1 → 2 step turns their people imported from Connections.csv (a connected-on
 * date) into connections too, as the database's schema-v3 upgrade does.
 * tests/fixtures/backup/v1.json was written by the released version-1 code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '@/lib/domain/formats/backup/backup';
import { upgradeBackup } from '@/lib/domain/formats/backup/versions';
import { DEFAULT_SETTINGS } from '@/lib/domain/model/constants';

const V1_TEXT = readFileSync(join(__dirname, '../../../fixtures/backup/v1.json'), 'utf8');
const V1 = JSON.parse(V1_TEXT) as Record<string, unknown> & { people: Record<string, unknown>[] };

describe('a version-1 backup', () => {
  it('parses as the latest version: every table as written, and the imported people as connections', () => {
    expect(V1.version).toBe(1);
    const result = parseBackup(V1_TEXT);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.backup.version).toBe(4);
    for (const table of ['people', 'touches', 'meetings', 'templates', 'clips'] as const) {
      expect(result.tables[table]).toEqual(V1[table]);
    }
    // Settings added since version 1 take their defaults; every setting the file has is kept.
    const settings = (rows: unknown) => (rows as { key: string; value: object }[]).find((r) => r.key === 'settings')!.value;
    expect(settings(result.tables.meta)).toEqual({ ...DEFAULT_SETTINGS, ...settings(V1.meta) });
    expect(result.tables.meta.filter((r) => r.key !== 'settings')).toEqual(
      (V1.meta as { key: string }[]).filter((r) => r.key !== 'settings'),
    );
    expect(result.tables.connections).toEqual([
      {
        profileUrl: 'https://www.linkedin.com/in/bo-chen/',
        name: 'Bo Chen',
        company: 'Fabrikam',
        position: 'Researcher',
        email: 'bo@example.com',
        connectedOn: Date.UTC(2021, 4, 3),
      },
      { name: 'Cy Park', company: 'Northwind', connectedOn: Date.UTC(2019, 10, 21) },
      {
        profileUrl: 'https://www.linkedin.com/in/di-ng/',
        name: 'Di Ng',
        position: 'Ops manager',
        connectedOn: Date.UTC(2022, 1, 14),
      },
    ]);
  });

  it('the upgrade step takes only people with a connected-on date and a name, and never throws on junk', () => {
    const day = Date.UTC(2021, 4, 3);
    const people = [
      null,
      7,
      'text',
      [],
      { name: '  ', connectedOn: day },
      { name: 'No date' },
      { name: 'Dated', connectedOn: day, headline: 'not a connection field', notes: 'x' },
    ];
    expect(upgradeBackup({ version: 1, people })).toEqual({
      ok: true,
      file: { version: 4, people, connections: [{ name: 'Dated', connectedOn: day }] },
    });
    for (const junk of [undefined, null, 'people', { 0: {} }]) {
      expect(upgradeBackup({ version: 1, people: junk })).toMatchObject({ ok: true, file: { connections: [] } });
    }
  });

  it('a damaged imported person is refused as a person, not as a connection the file never had', () => {
    const file = structuredClone(V1);
    file.people[1]!.company = 42;
    const result = parseBackup(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toMatch(/people\[1\]\.company/);
    expect(result.error.message).not.toMatch(/connections/);
  });
});
