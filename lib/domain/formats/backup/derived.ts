/**
 * Fields derived from others, taken from the file as this version derives
 * them, before validation: a person's `companyKey` is its `company`'s key
 * (the database derives it again on every write, lib/store/derived-keys.ts).
 * A file written before companyKey kept to its limit (a company written in
 * Hangul folds to twice its length) restores instead of being refused.
 */
import { companyKey } from '@/lib/domain/companies/company-key';
import type { RawBackup } from './versions';

function withCompanyKey(row: unknown): unknown {
  if (typeof row !== 'object' || row === null || !('companyKey' in row)) return row;
  const { companyKey: _stale, ...rest } = row as Record<string, unknown>;
  const key = typeof rest.company === 'string' ? companyKey(rest.company) : '';
  return key ? { ...rest, companyKey: key } : rest;
}

export function rederived(file: RawBackup): RawBackup {
  return Array.isArray(file.people) ? { ...file, people: file.people.map(withCompanyKey) } : file;
}
