import type { Connection, Person, ProfileSnapshot } from '../model';
import { connectionKey, matchKey } from '../io/person-match';
import type { ApproachInput, KnownPerson, Referral } from '../outreach/approach-types';
import type { InroadsDb } from './database';
import { connectionsByName, connectionsByUrl } from './connections';
import { loadSettings } from './settings';

const MET_STAGES: Person['stage'][] = ['met', 'keep-in-touch'];

function known(person: Person): KnownPerson {
  return {
    id: person.id,
    name: person.name,
    profileUrl: person.profileUrl,
    met: MET_STAGES.includes(person.stage),
    tracked: person.kind === 'target',
    firstDegree: person.degree === '1st' || person.connectedOn !== undefined,
  };
}

/** A connection known only from Connections.csv: 1st degree, neither met nor tracked. */
function knownConnection(connection: Connection): KnownPerson {
  return { name: connection.name, profileUrl: connection.profileUrl, met: false, tracked: false, firstDegree: true };
}

/** Directory connections not already matched as people (same profile URL or same name), once each. */
function connectionsNotPeople(connections: Connection[], people: Iterable<Person>): KnownPerson[] {
  const urls = new Set<string>();
  const names = new Set<string>();
  for (const person of people) {
    if (person.profileUrl) urls.add(person.profileUrl);
    names.add(matchKey(person.name));
  }
  const seen = new Set<string>();
  const fresh = (c: Connection) => !seen.has(connectionKey(c)) && Boolean(seen.add(connectionKey(c)));
  return connections
    .filter((c) => !(c.profileUrl && urls.has(c.profileUrl)) && !names.has(matchKey(c.name)))
    .filter(fresh)
    .map(knownConnection);
}

/**
 * What the database knows that the approach rules need: the page's mutual
 * connections already in Inroads (by profile URL, else by exact full name),
 * then those known only as connections from Connections.csv (by profile URL,
 * else by name, ignoring case and accents), and who referred the user to this person.
 */
export async function loadApproachInput(
  db: InroadsDb,
  snapshot: ProfileSnapshot,
  person: Person | undefined,
): Promise<ApproachInput> {
  const urls = snapshot.mutuals.flatMap((m) => (m.url ? [m.url] : []));
  const names = snapshot.mutuals.map((m) => m.name);
  const [byUrl, byName, connectedByUrl, connectedByName, settings] = await Promise.all([
    urls.length ? db.people.where('profileUrl').anyOf(urls).toArray() : Promise.resolve([]),
    names.length ? db.people.where('name').anyOf(names).toArray() : Promise.resolve([]),
    connectionsByUrl(db, urls),
    connectionsByName(db, names),
    loadSettings(db),
  ]);
  const matched = new Map<string, Person>();
  for (const candidate of [...byUrl, ...byName]) matched.set(candidate.id, candidate);
  let referral: Referral | undefined;
  if (person?.referredById) {
    const referrer = await db.people.get(person.referredById);
    if (referrer) {
      referral = {
        referrerId: referrer.id,
        referrerName: referrer.name,
        nameAllowed: person.referrerNameAllowed ?? false,
      };
    }
  }
  const connections = connectionsNotPeople([...connectedByUrl, ...connectedByName], matched.values());
  return { snapshot, knownMutuals: [...[...matched.values()].map(known), ...connections], referral, settings };
}
