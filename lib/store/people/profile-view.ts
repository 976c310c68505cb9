import { Person, type ProfileSnapshot } from '@/lib/domain/model';
import { storable } from '@/lib/store/contract';
import { connectionByUrl } from '@/lib/store/directory/connections';
import type { InroadsDb } from '@/lib/store/database';
import { findPersonByUrl, newId } from './people';
import { mergeViewedConnection } from './snapshot-merge';

/**
 * Stores a profile view in one transaction: a new person as a candidate, a
 * known one refreshed. Only real profile pages are stored (not the user's
 * own page, an auth wall, or a page whose top card could not be read).
 * A connection from Connections.csv brings their connected-on date along.
 */
export async function recordProfileView(
  db: InroadsDb,
  snapshot: ProfileSnapshot,
  now: number,
): Promise<Person | undefined> {
  if (snapshot.pageKind !== 'profile') return undefined;
  return db.transaction('rw', db.people, db.connections, async () => {
    const [existing, connection] = await Promise.all([
      findPersonByUrl(db, snapshot.url),
      connectionByUrl(db, snapshot.url),
    ]);
    const person = storable(Person, mergeViewedConnection(existing, snapshot, connection, now, newId()));
    await db.people.put(person);
    return person;
  });
}
