import type { Person, ProfileSnapshot } from '../model';
import type { ApproachInput, KnownPerson, Referral } from '../outreach/approach-types';
import type { InroadsDb } from './database';
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

/**
 * What the database knows that the approach rules need: the page's mutual
 * connections already in Inroads (by profile URL, else by exact full name),
 * and who referred the user to this person.
 */
export async function loadApproachInput(
  db: InroadsDb,
  snapshot: ProfileSnapshot,
  person: Person | undefined,
): Promise<ApproachInput> {
  const urls = snapshot.mutuals.flatMap((m) => (m.url ? [m.url] : []));
  const names = snapshot.mutuals.map((m) => m.name);
  const [byUrl, byName, settings] = await Promise.all([
    urls.length ? db.people.where('profileUrl').anyOf(urls).toArray() : Promise.resolve([]),
    names.length ? db.people.where('name').anyOf(names).toArray() : Promise.resolve([]),
    loadSettings(db),
  ]);
  const matched = new Map<string, Person>();
  for (const candidate of [...byUrl, ...byName]) matched.set(candidate.id, candidate);
  let referral: Referral | undefined;
  if (person?.referredById) {
    const referrer = await db.people.get(person.referredById);
    if (referrer) {
      referral = { referrerId: referrer.id, referrerName: referrer.name, nameAllowed: person.referrerNameAllowed ?? false };
    }
  }
  return { snapshot, knownMutuals: [...matched.values()].map(known), referral, settings };
}
