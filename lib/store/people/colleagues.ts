/**
 * The warm paths at a person's company: the user's 1st-degree connections
 * (Connections.csv, or people known as 1st degree) and the people they met
 * who work at the same company (by company key, merged spellings included),
 * as introducers the page does not list. Read through indexes only.
 */
import type { Connection, Person, ProfileSnapshot } from '@/lib/domain/model';
import type { KnownPerson } from '@/lib/domain/approach/types';
import { matchKey } from '@/lib/domain/identity/person-match';
import type { InroadsDb } from '@/lib/store/database';
import { connectionsAt, peopleAt, resolveCompany } from '@/lib/store/companies/company-lookup';
import { hasMet, isFirstDegree, isPerson, known, knownConnection, knownOfConnections } from './known-people';

/** At most this many colleagues are offered (a big employer may hold hundreds of the user's connections). */
export const MAX_COLLEAGUES = 12;

type Subject = Pick<ProfileSnapshot, 'url' | 'name' | 'company'>;

/** Not the person themself (same profile, or, without one, the same name), and not the user. */
function someoneElse(subject: Subject, personId: string | undefined) {
  const name = matchKey(subject.name);
  return (found: Person | Connection) => {
    if (isPerson(found) && (found.id === personId || found.degree === 'self')) return false;
    if (found.profileUrl && found.profileUrl === subject.url) return false;
    return found.profileUrl !== undefined || name === '' || matchKey(found.name) !== name;
  };
}

/** Whom the user knows at the subject's company: people met first, then 1st-degree people, then connections by name. */
export async function colleaguesOf(db: InroadsDb, subject: Subject, personId?: string): Promise<KnownPerson[]> {
  const company = await resolveCompany(db, subject.company);
  if (!company) return [];
  const at = company.company?.name ?? subject.company!.trim();
  const [people, contacts] = await Promise.all([peopleAt(db, company.keys), connectionsAt(db, company.keys)]);
  const other = someoneElse(subject, personId);
  const warm = people.filter((p) => other(p) && (hasMet(p) || isFirstDegree(p)));
  warm.sort((a, b) => Number(hasMet(b)) - Number(hasMet(a)) || a.name.localeCompare(b.name));
  const ids = new Set(warm.map((p) => p.id));
  const sorted = contacts.filter(other).sort((a, b) => a.name.localeCompare(b.name));
  const fromDirectory = (await knownOfConnections(db, sorted.slice(0, MAX_COLLEAGUES))).filter(
    (found) => !isPerson(found) || (!ids.has(found.id) && other(found)),
  );
  const all = [...warm.map(known), ...fromDirectory.map((f) => (isPerson(f) ? known(f) : knownConnection(f)))];
  return all.slice(0, MAX_COLLEAGUES).map((k) => ({ ...k, colleagueAt: at }));
}
