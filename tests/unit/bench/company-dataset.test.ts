import { describe, expect, it } from 'vitest';
import { companyKey } from '@/lib/domain/companies/company-key';
import { atBenchCompanies, benchConnections, benchTargetCompanies } from '../../bench/company-dataset';
import { bigDataset } from '../../bench/big-dataset';

describe('the companies bench dataset', () => {
  it('gives every target company what a real one has: connections there and a tracked person', () => {
    const connections = benchConnections(30_000, 8000);
    const people = atBenchCompanies(bigDataset(2000, 10_000, Date.UTC(2026, 0, 1)).people);
    for (const company of benchTargetCompanies(10, 0)) {
      const there = connections.filter((c) => companyKey(c.company) === company.key).length;
      expect(there, company.name).toBeGreaterThanOrEqual(3);
      expect(people.filter((p) => companyKey(p.company) === company.key).length, company.name).toBeGreaterThanOrEqual(
        1,
      );
    }
  });
});
