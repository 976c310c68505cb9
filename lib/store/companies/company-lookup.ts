/**
 * Who belongs to a company, read through indexes only: the contact
 * directory's multi-entry `companyKeys` (a few buckets, never the whole
 * directory) and people's `companyKey`. A company is its key plus the keys of
 * the spellings the user merged into it (a Company's aliases).
 */
import type { Company, Connection, Person } from '@/lib/domain/model';
import { companyKey } from '@/lib/domain/companies/company-key';
import type { InroadsDb } from '@/lib/store/database';
import { rowsWithAnyOf } from '@/lib/store/index-reads';

/** A company as the look-ups see it: its keys, and the user's record of it when there is one. */
export interface CompanyKeys {
  key: string;
  keys: string[];
  company?: Company;
}

/** The company a name (or a key) stands for: the user's company holding that key or alias, else the bare key. */
export async function resolveCompany(db: InroadsDb, name: string | undefined): Promise<CompanyKeys | undefined> {
  const key = companyKey(name);
  if (!key) return undefined;
  const company = (await db.companies.get(key)) ?? (await db.companies.where('aliases').equals(key).first());
  if (!company) return { key, keys: [key] };
  return { key: company.key, keys: [company.key, ...company.aliases], company };
}

/** The directory's connections whose current company has one of these keys. */
export async function connectionsAt(db: InroadsDb, keys: readonly string[]): Promise<Connection[]> {
  const wanted = new Set(keys.filter(Boolean));
  if (wanted.size === 0) return [];
  const rows = await rowsWithAnyOf(db.connections, 'companyKeys', [...wanted]);
  return rows.flatMap((row) => row.contacts.filter((c) => wanted.has(companyKey(c.company))));
}

/** The stored people whose company has one of these keys. */
export async function peopleAt(db: InroadsDb, keys: readonly string[]): Promise<Person[]> {
  const wanted = [...new Set(keys.filter(Boolean))];
  return rowsWithAnyOf(db.people, 'companyKey', wanted);
}

/** The most common way the company is written among these rows. */
export function commonSpelling(rows: readonly { company?: string }[]): string | undefined {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const name = row.company?.trim();
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}
