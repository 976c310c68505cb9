/**
 * The Connections view's list: the contact directory in name order, each
 * connection with its search text folded in advance, so that searching 30,000
 * connections is plain substring work; and, apart, which connections the user
 * already deals with (a Person with the same profile URL). The two load in
 * separate live queries: a profile visit or a logged message (people writes)
 * re-reads the URL index only, never the directory. Pure apart from the loaders.
 */
import type { Connection } from '@/lib/domain/model/connection';
import { connectionKey } from '@/lib/domain/identity/person-match';
import type { InroadsDb } from '@/lib/store/database';
import { foldText } from '@/lib/store/people/target-search';

/** What a row of the Connections view shows, plus precomputed keys. */
export interface ConnectionSummary {
  /** Unique in the directory (the profile URL, else name and company). */
  key: string;
  connection: Connection;
  /** Folded name (sort order). */
  nameKey: string;
  /** Folded name, company and position (for the search box). */
  searchKey: string;
}

function byName(a: ConnectionSummary, b: ConnectionSummary): number {
  if (a.nameKey !== b.nameKey) return a.nameKey < b.nameKey ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** Summaries of the connections in name order (accents and case ignored). Done once per load (memoise it). */
export function prepareConnections(connections: readonly Connection[]): ConnectionSummary[] {
  return connections
    .map((connection): ConnectionSummary => {
      const nameKey = foldText(connection.name);
      return {
        key: connectionKey(connection),
        connection,
        nameKey,
        searchKey: `${nameKey}\n${foldText(connection.company)}\n${foldText(connection.position)}`,
      };
    })
    .sort(byName);
}

/** The connections whose name, company or position contain every word of the search (a new array, same order). */
export function selectConnections(all: readonly ConnectionSummary[], search: string): ConnectionSummary[] {
  const words = foldText(search)
    .split(' ')
    .filter((w) => w !== '');
  if (words.length === 0) return [...all];
  return all.filter((c) => words.every((word) => c.searchKey.includes(word)));
}

/** The id of every stored person with a profile URL, by that URL (index keys only: cheap at 10,000 people). */
export async function personIdsByUrl(db: InroadsDb): Promise<Map<string, string>> {
  return db.transaction('r', db.people, async () => {
    // Index keys and primary keys of the same index walk come in the same order.
    const [urls, ids] = await Promise.all([
      db.people.orderBy('profileUrl').keys(),
      db.people.orderBy('profileUrl').primaryKeys(),
    ]);
    return new Map(urls.map((url, i) => [String(url), String(ids[i])]));
  });
}

/** The Person a listed connection already is (same profile URL), if any. */
export function personIdOf(
  item: ConnectionSummary,
  byUrl: ReadonlyMap<string, string> | undefined,
): string | undefined {
  return item.connection.profileUrl ? byUrl?.get(item.connection.profileUrl) : undefined;
}
