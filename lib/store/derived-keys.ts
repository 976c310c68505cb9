/**
 * Keys derived from a row on every write, whoever writes it (a profile view,
 * an edit, an import, a restore): a person's `companyKey` from their free-text
 * `company`, so the company look-ups can read an index. One place instead of
 * every write path; reads never pay for it.
 */
import type { DBCore, Middleware } from 'dexie';
import { companyKey } from '@/lib/domain/companies/company-key';

type Row = Record<string, unknown>;

/** The person with `companyKey` matching `company` (the same object when it already does). */
export function withCompanyKey<T>(person: T): T {
  if (typeof person !== 'object' || person === null) return person;
  const row = person as Row;
  const key = companyKey(typeof row.company === 'string' ? row.company : undefined);
  if (key === (row.companyKey ?? '')) return person;
  if (key) return { ...row, companyKey: key } as T;
  const { companyKey: _stale, ...rest } = row;
  return rest as T;
}

export function derivedKeys(): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'inroads-derived-keys',
    create: (down: DBCore): DBCore => ({
      ...down,
      table(name) {
        const table = down.table(name);
        if (name !== 'people') return table;
        return {
          ...table,
          mutate(request) {
            if (request.type !== 'add' && request.type !== 'put') return table.mutate(request);
            return table.mutate({ ...request, values: request.values.map(withCompanyKey) });
          },
        };
      },
    }),
  };
}
