import type { Connection, Person, ProfileSnapshot } from '@/lib/domain/model';
import { connectionKey, matchKey } from '@/lib/domain/identity/person-match';
import type { ApproachInput, KnownPerson, Referral } from '@/lib/domain/approach/types';
import { chosenIntroducer, effectiveDegree } from '@/lib/domain/approach/effective';
import type { InroadsDb } from '@/lib/store/database';
import { connectionsByName, connectionsByUrl } from '@/lib/store/directory/connections';
import { loadSettings } from '@/lib/store/settings/settings';

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

/**
 * The directory connections behind the page's mutual connections: by profile
 * URL; for a mutual shown without one, by name, only when a single connection
 * has that name (namesakes are not guessed between).
 */
async function mutualConnections(db: InroadsDb, snapshot: ProfileSnapshot): Promise<Connection[]> {
  const urls = snapshot.mutuals.flatMap((m) => (m.url ? [m.url] : []));
  const names = snapshot.mutuals.flatMap((m) => (m.url ? [] : [m.name]));
  const [byUrl, byName] = await Promise.all([connectionsByUrl(db, urls), connectionsByName(db, names)]);
  const named = new Map<string, Connection[]>();
  for (const connection of byName)
    named.set(matchKey(connection.name), [...(named.get(matchKey(connection.name)) ?? []), connection]);
  return [...byUrl, ...[...named.values()].flatMap((same) => (same.length === 1 ? same : []))];
}

/**
 * Connections as known people: a connection the user already deals with
 * (a stored person with its profile URL, else its name and company) is that
 * person, with their stage; the others are plain 1st-degree connections.
 */
async function knownOfConnections(db: InroadsDb, connections: Connection[]): Promise<(Person | Connection)[]> {
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

const isPerson = (found: Person | Connection): found is Person => 'id' in found;

/**
 * What the database knows that the approach rules need: the page's mutual
 * connections already in Inroads (by profile URL, else by exact full name),
 * then those known only as connections from Connections.csv (by profile URL,
 * else by name, ignoring case and accents), and who referred the user to this person.
 */
export async function loadApproachInput(
  db: InroadsDb,
  page: ProfileSnapshot,
  person: Person | undefined,
): Promise<ApproachInput> {
  // The degree to act on: the user's correction, else the page, else what Inroads knows (Connections.csv).
  const snapshot: ProfileSnapshot = { ...page, degree: effectiveDegree(page, person).degree };
  const chosen = chosenIntroducer(person);
  // The chosen introducer is looked up like a mutual the page lists (met? tracked? a connection?).
  const lookup: ProfileSnapshot = chosen ? { ...snapshot, mutuals: [chosen, ...snapshot.mutuals] } : snapshot;
  const urls = lookup.mutuals.flatMap((m) => (m.url ? [m.url] : []));
  const names = lookup.mutuals.map((m) => m.name);
  const [byUrl, byName, connections, settings] = await Promise.all([
    urls.length ? db.people.where('profileUrl').anyOf(urls).toArray() : Promise.resolve([]),
    names.length ? db.people.where('name').anyOf(names).toArray() : Promise.resolve([]),
    mutualConnections(db, lookup).then((found) => knownOfConnections(db, found)),
    loadSettings(db),
  ]);
  const matched = new Map<string, Person>();
  const onlyConnections = new Map<string, Connection>();
  for (const found of [...byUrl, ...byName, ...connections]) {
    if (isPerson(found)) matched.set(found.id, found);
    else onlyConnections.set(connectionKey(found), found);
  }
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
  const knownMutuals = [...[...matched.values()].map(known), ...[...onlyConnections.values()].map(knownConnection)];
  return { snapshot, knownMutuals, referral, settings, ...(chosen ? { chosen } : {}) };
}
