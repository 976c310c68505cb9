/**
 * The Connections view's list: the contact directory in name order, each
 * connection with its search text folded in advance and, when the user already
 * deals with them, the id of their Person (matched by profile URL). Searching
 * 30,000 connections is then plain substring work. Pure apart from
 * loadConnectionDirectory.
 */
import type { Connection } from '../model/connection';
import { connectionKey } from '../io/person-match';
import { loadConnections } from './connections';
import type { InroadsDb } from './database';
import { foldText } from './target-search';

/** What a row of the Connections view shows, plus precomputed keys. */
export interface ConnectionSummary {
  /** Unique in the directory (the profile URL, else name and company). */
  key: string;
  connection: Connection;
  /** The Person already made of this connection, if any. */
  personId?: string;
  /** Folded name (sort order). */
  nameKey: string;
  /** Folded name, company and position (for the search box). */
  searchKey: string;
}

/** A stored person's profile URL and id, to find connections that are already people. */
export interface PersonLink {
  profileUrl: string;
  id: string;
}

/** The directory and the people it may point at, as one live query loads them. */
export interface ConnectionDirectory {
  connections: Connection[];
  people: PersonLink[];
}

function byName(a: ConnectionSummary, b: ConnectionSummary): number {
  if (a.nameKey !== b.nameKey) return a.nameKey < b.nameKey ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/**
 * Summaries of the connections in name order (accents and case ignored), each
 * linked to the person with the same profile URL. Done once per load (memoise it).
 */
export function prepareConnections(
  connections: readonly Connection[],
  people: readonly PersonLink[] = [],
): ConnectionSummary[] {
  const personByUrl = new Map(people.map((p) => [p.profileUrl, p.id]));
  return connections
    .map((connection): ConnectionSummary => {
      const nameKey = foldText(connection.name);
      const personId = connection.profileUrl ? personByUrl.get(connection.profileUrl) : undefined;
      return {
        key: connectionKey(connection),
        connection,
        ...(personId !== undefined ? { personId } : {}),
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

/** Every connection, and the profile URL and id of every stored person that has one (one read transaction). */
export async function loadConnectionDirectory(db: InroadsDb): Promise<ConnectionDirectory> {
  return db.transaction('r', db.people, db.connections, async () => {
    // Index keys and primary keys of the same index walk come in the same order.
    const [connections, urls, ids] = await Promise.all([
      loadConnections(db),
      db.people.orderBy('profileUrl').keys(),
      db.people.orderBy('profileUrl').primaryKeys(),
    ]);
    const people = urls.map((url, i) => ({ profileUrl: String(url), id: String(ids[i]) }));
    return { connections, people };
  });
}
