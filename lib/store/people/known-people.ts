/** What the approach rules know of a stored person or a directory connection (met? tracked? 1st degree?). */
import type { Connection, Person } from '@/lib/domain/model';
import { connectionKey } from '@/lib/domain/identity/person-match';
import type { KnownPerson } from '@/lib/domain/approach/types';
import type { InroadsDb } from '@/lib/store/database';

const MET_STAGES: Person['stage'][] = ['met', 'keep-in-touch'];

export const hasMet = (person: Pick<Person, 'stage'>) => MET_STAGES.includes(person.stage);
export const isFirstDegree = (person: Pick<Person, 'degree' | 'connectedOn'>) =>
  person.degree === '1st' || person.connectedOn !== undefined;

export function known(person: Person): KnownPerson {
  return {
    id: person.id,
    name: person.name,
    profileUrl: person.profileUrl,
    met: hasMet(person),
    tracked: person.kind === 'target',
    firstDegree: isFirstDegree(person),
  };
}

/** A connection known only from Connections.csv: 1st degree, neither met nor tracked. */
export function knownConnection(connection: Connection): KnownPerson {
  return { name: connection.name, profileUrl: connection.profileUrl, met: false, tracked: false, firstDegree: true };
}

/**
 * Connections as known people: a connection the user already deals with
 * (a stored person with its profile URL, else its name and company) is that
 * person, with their stage; the others are plain 1st-degree connections.
 */
export async function knownOfConnections(db: InroadsDb, connections: Connection[]): Promise<(Person | Connection)[]> {
  if (connections.length === 0) return [];
  const urls = connections.flatMap((c) => (c.profileUrl ? [c.profileUrl] : []));
  const names = connections.flatMap((c) => (c.profileUrl ? [] : [c.name]));
  const [byUrl, byName] = await Promise.all([
    urls.length ? db.people.where('profileUrl').anyOf(urls).toArray() : Promise.resolve([]),
    names.length ? db.people.where('name').anyOf(names).toArray() : Promise.resolve([]),
  ]);
  const personOf = (c: Connection) =>
    c.profileUrl
      ? byUrl.find((p) => p.profileUrl === c.profileUrl)
      : byName.find((p) => connectionKey({ name: p.name, company: p.company }) === connectionKey(c));
  return connections.map((c) => personOf(c) ?? c);
}

export const isPerson = (found: Person | Connection): found is Person => 'id' in found;
