/** Finding the Connections.csv row behind a planned person, and who could match a row at all. */
import type { Person } from '../model';
import type { ConnectionRow } from '../io';
import { nameCompanyKey } from '../io/person-match';

export interface RowFinder {
  /** Whether a stored person shares a profile URL or a name + company with some row. */
  couldMatch(person: Pick<Person, 'profileUrl' | 'name' | 'company'>): boolean;
  /** The (first) row a planned person came from. */
  rowFor(person: Pick<Person, 'profileUrl' | 'name' | 'company'>): ConnectionRow | undefined;
}

export function rowFinder(rows: readonly ConnectionRow[]): RowFinder {
  const byUrl = new Map<string, ConnectionRow>();
  const byKey = new Map<string, ConnectionRow>();
  for (const row of rows) {
    if (row.profileUrl && !byUrl.has(row.profileUrl)) byUrl.set(row.profileUrl, row);
    const key = nameCompanyKey(row.name, row.company);
    if (key && !byKey.has(key)) byKey.set(key, row);
  }
  const keyOf = (person: Pick<Person, 'name' | 'company'>) => nameCompanyKey(person.name, person.company);
  return {
    couldMatch(person) {
      if (person.profileUrl && byUrl.has(person.profileUrl)) return true;
      if (byKey.size === 0) return false;
      const key = keyOf(person);
      return key !== '' && byKey.has(key);
    },
    rowFor(person) {
      const byProfile = person.profileUrl ? byUrl.get(person.profileUrl) : undefined;
      if (byProfile) return byProfile;
      const key = keyOf(person);
      return key ? byKey.get(key) : undefined;
    },
  };
}
