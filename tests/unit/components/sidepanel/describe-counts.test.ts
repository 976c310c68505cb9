import { describe, expect, it } from 'vitest';
import { describeCounts } from '@/components/sidepanel/data/BackupRestore';
import { sampleTables } from '../../domain/formats/backup-sample';

describe('describeCounts (the restore confirmation)', () => {
  it('counts every table of the backup, the connections included', () => {
    expect(describeCounts(sampleTables())).toBe(
      '2 people, 2 connections, 1 message or call, 1 meeting, 1 template, 1 research clip',
    );
    const one = { ...sampleTables(), connections: sampleTables().connections.slice(0, 1) };
    expect(describeCounts(one)).toMatch(/^2 people, 1 connection, /);
    const many = { ...sampleTables(), connections: Array.from({ length: 30_000 }, (_, i) => ({ name: `C ${i}` })) };
    expect(describeCounts(many)).toMatch(/^2 people, 30,000 connections, /);
  });
});
