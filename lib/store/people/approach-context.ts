import type { Connection, Person, ProfileSnapshot } from '@/lib/domain/model';
import { connectionKey, matchKey } from '@/lib/domain/identity/person-match';
import type { ApproachInput, Referral } from '@/lib/domain/approach/types';
import { chosenIntroducer, effectiveDegree } from '@/lib/domain/approach/effective';
import type { InroadsDb } from '@/lib/store/database';
import { connectionsByName, connectionsByUrl } from '@/lib/store/directory/connections';
import { loadSettings } from '@/lib/store/settings/settings';
import { isPerson, known, knownConnection, knownOfConnections } from './known-people';
import { colleaguesOf } from './colleagues';

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
 * What the database knows that the approach rules need: the page's mutual
 * connections already in Inroads (by profile URL, else by exact full name),
 * then those known only as connections from Connections.csv (by profile URL,
 * else by name, ignoring case and accents), the user's connections and
 * people met who work at the person's company (colleagues.ts), and who
 * referred the user to this person.
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
  const [byUrl, byName, connections, settings, colleagues] = await Promise.all([
    urls.length ? db.people.where('profileUrl').anyOf(urls).toArray() : Promise.resolve([]),
    names.length ? db.people.where('name').anyOf(names).toArray() : Promise.resolve([]),
    mutualConnections(db, lookup).then((found) => knownOfConnections(db, found)),
    loadSettings(db),
    colleaguesOf(db, { ...snapshot, company: person?.company ?? snapshot.company }, person?.id),
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
  return { snapshot, knownMutuals, colleagues, referral, settings, ...(chosen ? { chosen } : {}) };
}
