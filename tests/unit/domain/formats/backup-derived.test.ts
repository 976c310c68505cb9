import { describe, expect, it } from 'vitest';
import { buildBackup, parseBackup } from '@/lib/domain/formats/backup/backup';
import { companyKey } from '@/lib/domain/companies/company-key';
import { sampleTables } from './backup-sample';

const NOW = Date.UTC(2026, 11, 7);

/** A file whose first person has `change` applied (as JSON, the way an older Inroads could have written it). */
function fileWith(change: Record<string, unknown>): string {
  const tables = sampleTables();
  const backup = buildBackup(tables, NOW) as unknown as { people: Record<string, unknown>[] };
  backup.people[0] = { ...backup.people[0], ...change };
  return JSON.stringify(backup);
}

describe("a backup's derived fields", () => {
  it('restores a file whose company key an earlier Inroads derived past the limit (a company written in Hangul)', () => {
    const company = '가'.repeat(300);
    // What companyKey gave before it kept to 300 characters: NFKD takes each syllable apart into two letters.
    const unbounded = company.normalize('NFKD');
    expect(unbounded.length).toBe(600);
    const parsed = parseBackup(fileWith({ company, companyKey: unbounded }));
    expect(parsed.ok, parsed.ok ? '' : parsed.error.message).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.tables.people[0]!.companyKey).toBe(companyKey(company));
    expect(parsed.tables.people[0]!.companyKey!.length).toBeLessThanOrEqual(300);
  });

  it('takes the company key from the company, never from the file', () => {
    const parsed = parseBackup(fileWith({ company: 'Northwind Health, Inc.', companyKey: 'fabrikam' }));
    expect(parsed.ok && parsed.tables.people[0]!.companyKey).toBe('northwind health');
    const without = parseBackup(fileWith({ company: undefined, companyKey: 'fabrikam' }));
    expect(without.ok && 'companyKey' in without.tables.people[0]!).toBe(false);
  });
});
