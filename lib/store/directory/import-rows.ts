/** Finding the Connections.csv row behind a planned person, and who could match a row at all. */
import type { Person } from '@/lib/domain/model';
import type { ConnectionRow } from '@/lib/domain/formats';
import { nameCompanyKey } from '@/lib/domain/identity/person-match';

export interface RowFinder {
  /** Whether a stored person shares a profile URL or a name + company with some row. */
  couldMatch(person: Pick<Person, 'profileUrl' | 'name' | 'company'>): boolean;
  /** The (first) row a planned person came from. */
  rowFor(person: Pick<Person, 'profileUrl' | 'name' | 'company'>): ConnectionRow | undefined;
}

export function rowFinder(rows: readonly ConnectionRow[]): RowFinder {
  const byUrl = new Map<string, ConnectionRow>();
  for (const row of rows) if (row.profileUrl && !byUrl.has(row.profileUrl)) byUrl.set(row.profileUrl, row);
  // Name + company keys are built on the first look-up by name: with nobody stored, never.
  let byKey: Map<string, ConnectionRow> | undefined;
  const namedRows = () => {
    if (byKey) return byKey;
    byKey = new Map();
    for (const row of rows) {
      const key = nameCompanyKey(row.name, row.company);
      if (key && !byKey.has(key)) byKey.set(key, row);
    }
    return byKey;
  };
  const keyOf = (person: Pick<Person, 'name' | 'company'>) => nameCompanyKey(person.name, person.company);
  return {
    couldMatch(person) {
      if (person.profileUrl && byUrl.has(person.profileUrl)) return true;
      const key = keyOf(person);
      return key !== '' && namedRows().has(key);
    },
    rowFor(person) {
      const byProfile = person.profileUrl ? byUrl.get(person.profileUrl) : undefined;
      if (byProfile) return byProfile;
      const key = keyOf(person);
      return key ? namedRows().get(key) : undefined;
    },
  };
}
