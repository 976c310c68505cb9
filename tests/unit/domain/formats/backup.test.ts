import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION, backupFileName, buildBackup, parseBackup } from '@/lib/domain/formats/backup/backup';
import { BACKUP_VERSIONS, upgradeBackup, type BackupVersions } from '@/lib/domain/formats/backup/versions';
import { backupTables } from './backup-arbitraries';
import { sampleTables } from './backup-sample';

const NOW = Date.UTC(2024, 4, 30, 8, 15);

describe('buildBackup', () => {
  it('writes the contract header and every table', () => {
    const backup = buildBackup(sampleTables(), NOW);
    expect(backup).toMatchObject({ format: 'inroads-backup', version: 4, exportedAt: '2024-05-30T08:15:00.000Z' });
    expect(Object.keys(backup)).toEqual([
      'format',
      'version',
      'exportedAt',
      'people',
      'touches',
      'meetings',
      'templates',
      'clips',
      'meta',
      'connections',
      'companies',
      'objectives',
    ]);
    expect(BACKUP_FORMAT).toBe('inroads-backup');
    expect(BACKUP_VERSION).toBe(4);
    expect(backupFileName(NOW)).toBe('inroads-backup-2024-05-30.json');
  });
});

describe('parseBackup', () => {
  it('round-trips random valid tables exactly (property)', () => {
    fc.assert(
      fc.property(backupTables(), (tables) => {
        const result = parseBackup(JSON.stringify(buildBackup(tables, NOW)));
        if (!result.ok) throw new Error(result.error.message);
        expect(result.tables).toEqual(tables);
        expect(result.backup.exportedAt).toBe(new Date(NOW).toISOString());
      }),
      { numRuns: 150 },
    );
  });

  it('round-trips pretty-printed JSON too', () => {
    const result = parseBackup(JSON.stringify(buildBackup(sampleTables(), NOW), null, 2));
    expect(result.ok && result.tables).toEqual(sampleTables());
  });

  it('fills schema defaults of an older writer (missing optional arrays) and drops unknown fields', () => {
    const file = buildBackup(sampleTables(), NOW) as unknown as { people: Record<string, unknown>[] };
    delete file.people[1]!.mutuals;
    file.people[1]!.futureField = 'from a newer build';
    const result = parseBackup(JSON.stringify(file));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.tables.people[1]).toEqual(sampleTables().people[1]);
  });

  it('fills settings defaults in the settings row', () => {
    const tables = sampleTables();
    tables.meta[0] = { key: 'settings', value: { myName: 'Me' } };
    const result = parseBackup(JSON.stringify(buildBackup(tables, NOW)));
    expect(result.ok && result.tables.meta[0]?.value).toEqual(sampleTables().meta[0]?.value);
  });
});

describe('backup versions', () => {
  // A made-up version 0 (people were called "contacts") only to prove the chain works: 0 → 1 → 2 → 3 → 4.
  const withFakeV0: BackupVersions = {
    first: 0,
    latest: BACKUP_VERSION,
    upgrades: [
      {
        from: 0,
        upgrade: ({ contacts, ...rest }) => ({ ...rest, people: contacts }),
      },
      ...BACKUP_VERSIONS.upgrades,
    ],
  };

  it('upgrades an old file step by step before validating it', () => {
    const { people, connections: _none, ...v2 } = buildBackup(sampleTables(), NOW);
    const v0 = { ...v2, version: 0, contacts: people };
    const result = parseBackup(JSON.stringify(v0), withFakeV0);
    expect(result.ok && result.tables).toEqual({ ...sampleTables(), connections: [] });
    expect(result.ok && result.backup.version).toBe(4);
  });

  it('refuses a version it has no upgrade for, and unknown old versions', () => {
    expect(upgradeBackup({ version: 0 }, { first: 0, latest: 5, upgrades: withFakeV0.upgrades })).toMatchObject({
      ok: false,
      code: 'invalid',
      message: 'No upgrade from backup version 4.',
    });
    const v0 = JSON.stringify({ ...buildBackup(sampleTables(), NOW), version: 0 });
    expect(parseBackup(v0)).toMatchObject({
      ok: false,
      error: { code: 'invalid', message: 'Unknown backup version 0.' },
    });
  });
});

// Its speed is measured by `npm run bench` (backup30kMs, restore30kMs); tests never assert on wall-clock time.
describe('a large backup', () => {
  it('builds and parses 30,000 people + 50,000 touches', { timeout: 60_000 }, () => {
    const people = Array.from({ length: 30_000 }, (_, i) => ({
      ...sampleTables().people[0]!,
      id: `p${i}`,
      name: `Person ${i}`,
      profileUrl: `https://www.linkedin.com/in/person-${i}/`,
      notes: 'Met at the 2023 design meetup; follow up about the research ops role.',
    }));
    const touches = Array.from({ length: 50_000 }, (_, i) => ({
      ...sampleTables().touches[0]!,
      id: `t${i}`,
      personId: `p${i % 30_000}`,
      introducerId: undefined,
      text: 'Hi — would you have 20 minutes for a call next week? I am not asking for a job.',
    }));
    const tables = { ...sampleTables(), people, touches, meetings: [], clips: [] };
    const json = JSON.stringify(buildBackup(tables, NOW));
    const result = parseBackup(json);
    expect(result.ok && result.tables.touches.length).toBe(50_000);
    expect(result.ok && result.tables.people.length).toBe(30_000);
  });
});
