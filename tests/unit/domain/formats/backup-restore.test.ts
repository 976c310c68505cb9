import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBackup, parseBackup, type BackupTables, type RowTables } from '@/lib/domain/formats/backup/backup';
import { planRestore } from '@/lib/domain/formats/backup/restore';
import { backupTables } from './backup-arbitraries';
import { sampleTables, T0 } from './backup-sample';

const NOW = Date.UTC(2024, 4, 30);
const ids = (rows: readonly { id: string }[]) => rows.map((row) => row.id).sort();

function stored(): BackupTables {
  const tables = sampleTables();
  return {
    ...tables,
    // p1 has the same profile as the backup's "b1" below, under another id.
    people: [...tables.people, { ...tables.people[1]!, id: 'p3', name: 'Cy Dee', referredById: 'p1' }],
    touches: [
      ...tables.touches,
      { id: 't-old', personId: 'p3', kind: 'request', at: T0 + 1, channel: 'linkedin', createdAt: T0 + 1, introducerId: 'p1' },
    ],
  };
}

function incoming(): RowTables {
  return {
    people: [
      {
        id: 'b1',
        name: 'Ann Lee (restored)',
        kind: 'target',
        degree: '1st',
        mutuals: [],
        notes: 'from backup',
        userEdited: [],
        createdAt: T0 + 1,
        updatedAt: T0 + 9,
        profileUrl: 'https://www.linkedin.com/in/ann-lee/',
      },
      {
        id: 'p2',
        name: 'Bo Chen (restored)',
        kind: 'target',
        degree: '1st',
        mutuals: [],
        notes: '',
        userEdited: [],
        createdAt: T0 + 1,
        updatedAt: T0 + 9,
      },
    ],
    touches: [{ id: 't1', personId: 'b1', kind: 'follow-up', at: T0 + 7, channel: 'email', createdAt: T0 + 7 }],
    meetings: [],
    templates: [],
    clips: [],
    meta: [{ key: 'lastBackupAt', value: 999 }],
    companies: [],
    objectives: [],
  };
}

// Small pools of ids and profile slugs, so both databases often share people.
const pooled = backupTables(5, {
  ids: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
  slugs: fc.constantFrom('ann', 'bo', 'cy'),
});

describe('planRestore', () => {
  it('replace: exactly the backup', () => {
    expect(planRestore(stored(), incoming(), 'replace')).toEqual(incoming());
  });

  it('plans the row tables only (the directory is written by the database layer)', () => {
    const backup: BackupTables = { ...incoming(), connections: sampleTables().connections };
    for (const mode of ['merge', 'replace'] as const) {
      expect(Object.keys(planRestore(stored(), backup, mode))).not.toContain('connections');
    }
  });

  it('merge: backup rows win by id, stored-only rows stay, meta merges by key', () => {
    const result = planRestore(stored(), incoming(), 'merge');
    expect(ids(result.people)).toEqual(['b1', 'p2', 'p3']);
    expect(result.people.find((p) => p.id === 'p2')?.name).toBe('Bo Chen (restored)');
    expect(result.touches.find((t) => t.id === 't1')?.kind).toBe('follow-up');
    expect(result.templates).toEqual(sampleTables().templates);
    expect(result.meta).toEqual([sampleTables().meta[0], { key: 'lastBackupAt', value: 999 }]);
  });

  it('merge: a stored person with the backup person’s profile URL is replaced and re-pointed everywhere', () => {
    const result = planRestore(stored(), incoming(), 'merge');
    expect(result.people.some((p) => p.id === 'p1')).toBe(false);
    expect(result.people.filter((p) => p.profileUrl === 'https://www.linkedin.com/in/ann-lee/')).toHaveLength(1);
    expect(result.people.find((p) => p.id === 'p3')?.referredById).toBe('b1');
    expect(result.touches.find((t) => t.id === 't-old')).toMatchObject({ personId: 'p3', introducerId: 'b1' });
    expect(result.meetings[0]?.referrals[0]?.personId).toBe('b1');
    expect(result.clips[0]?.personId).toBe('b1');
    const check = parseBackup(JSON.stringify(buildBackup({ ...result, connections: [] }, NOW)));
    expect(check.ok).toBe(true);
  });

  it('does not change its inputs', () => {
    const current = stored();
    const backup = incoming();
    planRestore(current, backup, 'merge');
    expect(current).toEqual(stored());
    expect(backup).toEqual(incoming());
  });

  it('merge of any two valid databases is a valid database containing every backup row (property)', () => {
    fc.assert(
      fc.property(pooled, pooled, (current, backup) => {
        const result = planRestore(current, backup, 'merge');
        const check = parseBackup(JSON.stringify(buildBackup({ ...result, connections: [] }, NOW)));
        if (!check.ok) throw new Error(check.error.message);
        for (const person of backup.people) expect(result.people).toContainEqual(person);
        for (const touch of backup.touches) expect(result.touches).toContainEqual(touch);
        expect(result.meta.length).toBe(new Set([...current.meta, ...backup.meta].map((row) => row.key)).size);
      }),
      { numRuns: 150 },
    );
  });
});
