/**
 * The person recorded as the introducer of an introduction request. A mutual
 * connection known only from Connections.csv becomes a Person here, so the
 * method's "thank whoever made the introduction" can name them later.
 */
import type { IntroducerOption } from '@/lib/domain/approach/types';
import { personFromConnection } from '@/lib/domain/directory/plan';
import { connectionByUrl, connectionsByName, personOfConnection } from '@/lib/store/directory/connections';
import type { InroadsDb } from '@/lib/store/database';
import { Person } from '@/lib/domain/model';
import { storable } from '@/lib/store/contract';
import { findPersonByUrl, newId } from './people';

/** The introducer's Person id, made from their directory entry when needed; undefined when they are not known. */
export async function introducerPersonId(
  db: InroadsDb,
  introducer: Pick<IntroducerOption, 'personId' | 'name' | 'url'>,
  now: number,
): Promise<string | undefined> {
  return db.transaction('rw', db.people, db.connections, async () => {
    // A person chosen earlier may have been deleted since: then they are known by name and URL only.
    if (introducer.personId && (await db.people.get(introducer.personId))) return introducer.personId;
    const stored = introducer.url ? await findPersonByUrl(db, introducer.url) : undefined;
    if (stored) return stored.id;
    const byUrl = await connectionByUrl(db, introducer.url);
    // Without a URL, only a name that a single connection has.
    const byName = byUrl || introducer.url ? [] : await connectionsByName(db, [introducer.name]);
    const connection = byUrl ?? (byName.length === 1 ? byName[0] : undefined);
    if (!connection) return undefined;
    const same = await personOfConnection(db, connection);
    if (same) return same.id;
    const person = storable(Person, personFromConnection(connection, now, newId()));
    await db.people.add(person);
    return person.id;
  });
}

/**
 * What is known to reach an introducer: the e-mail of their stored person or
 * of their Connections.csv entry, and their profile (read only: nothing is created).
 */
export async function introducerContact(
  db: InroadsDb,
  introducer: Pick<IntroducerOption, 'personId' | 'name' | 'url'>,
): Promise<{ email?: string; url?: string }> {
  const byId = introducer.personId ? await db.people.get(introducer.personId) : undefined;
  const person = byId ?? (introducer.url ? await findPersonByUrl(db, introducer.url) : undefined);
  const url = person?.profileUrl ?? introducer.url;
  const connection = url ? await connectionByUrl(db, url) : undefined;
  const email = person?.email || connection?.email;
  return { ...(email ? { email } : {}), ...(url ? { url } : {}) };
}
