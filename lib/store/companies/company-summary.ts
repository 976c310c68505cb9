/**
 * What the user has at a company, for the Companies view: the 1st-degree
 * connections there (Connections.csv: current employer only), the people
 * tracked there by stage, meetings held, referrals and introductions that
 * lead there, research clips about it, and the next best move.
 *
 * Every part is read through an index (company keys, meetings and touches by
 * person, clips by company), for all the companies of the view at once, in
 * one read transaction: one request per company key and two per person
 * there, all in parallel (lib/store/index-reads.ts), never the directory.
 */
import type { Company, Connection, Meeting, Person, ResearchClip, Stage, Touch } from '@/lib/domain/model';
import { companyKey } from '@/lib/domain/companies/company-key';
import { nextMove, type NextMove } from '@/lib/domain/companies/next-move';
import type { InroadsDb } from '@/lib/store/database';
import { commonSpelling, connectionsAt, peopleAt, resolveCompany, type CompanyKeys } from './company-lookup';
import { isFirstDegree } from '@/lib/store/people/known-people';
import { rowsOfPeople, rowsWithAnyOf } from '@/lib/store/index-reads';

export interface LeadThere {
  person: Person;
  /** Who referred the user to them, or introduced them. */
  by: string;
  how: 'referred' | 'introduced';
}

export interface CompanySummary {
  key: string;
  name: string;
  company?: Company;
  /** Newest connection first. */
  connections: Connection[];
  /** Everyone stored at the company (targets and profiles viewed), by name. */
  people: Person[];
  byStage: Partial<Record<Stage, number>>;
  meetingsHeld: number;
  leads: LeadThere[];
  clips: ResearchClip[];
  move: NextMove;
}

type At = CompanyKeys & { name: string };

const newestFirst = (a: Connection, b: Connection) =>
  (b.connectedOn ?? 0) - (a.connectedOn ?? 0) || a.name.localeCompare(b.name);

/** Clips whose company has one of the keys (the clip index holds free-text names: its keys are read, not the clips). */
async function clipsAbout(db: InroadsDb, keys: ReadonlySet<string>): Promise<ResearchClip[]> {
  const names = (await db.clips.orderBy('company').uniqueKeys()).map(String);
  const wanted = names.filter((name) => keys.has(companyKey(name)));
  return rowsWithAnyOf(db.clips, 'company', wanted);
}

/** People whom someone referred the user to, or introduced the user to (an introduction request through them). */
function leadsTo(
  people: readonly Person[],
  touches: readonly Touch[],
  nameOf: ReadonlyMap<string, string>,
): LeadThere[] {
  const ids = new Map(people.map((p) => [p.id, p]));
  const leads: LeadThere[] = people
    .filter((p) => p.referredById || p.referredByName)
    .map((person) => ({
      person,
      how: 'referred',
      by: (person.referredById && nameOf.get(person.referredById)) || person.referredByName || '',
    }));
  for (const touch of touches) {
    const person = ids.get(touch.personId);
    const by = touch.introducerId && nameOf.get(touch.introducerId);
    if (person && by && !leads.some((l) => l.person.id === person.id && l.by === by))
      leads.push({ person, how: 'introduced', by });
  }
  // By name, whatever order the reads gave.
  return leads.sort((a, b) => a.person.name.localeCompare(b.person.name) || a.by.localeCompare(b.by));
}

function summary(
  at: At,
  connections: Connection[],
  stored: Person[],
  meetings: Meeting[],
  leads: LeadThere[],
  clips: ResearchClip[],
): CompanySummary {
  const people = stored.sort((a, b) => a.name.localeCompare(b.name));
  const byStage: Partial<Record<Stage, number>> = {};
  for (const p of people) if (p.kind === 'target' && p.stage) byStage[p.stage] = (byStage[p.stage] ?? 0) + 1;
  connections.sort(newestFirst);
  const move = nextMove({
    connections,
    people: people.map((p) => ({
      name: p.name,
      kind: p.kind,
      stage: p.stage,
      degree: p.degree,
      firstDegree: isFirstDegree(p),
      mutuals: p.mutuals,
      ...(p.introducer ? { introducer: p.introducer.name } : {}),
    })),
  });
  return {
    key: at.key,
    name: at.name,
    ...(at.company ? { company: at.company } : {}),
    connections,
    people,
    byStage,
    meetingsHeld: meetings.filter((m) => m.status === 'done').length,
    leads,
    clips: clips.sort((a, b) => b.savedAt - a.savedAt),
    move,
  };
}

/** Several companies at once (each with its keys), in the order given. */
export async function summariseCompanies(db: InroadsDb, ats: readonly At[]): Promise<CompanySummary[]> {
  const owner = new Map<string, number>();
  ats.forEach((at, i) => at.keys.forEach((key) => owner.has(key) || owner.set(key, i)));
  const keys = [...owner.keys()];
  const [contacts, stored, clips] = await Promise.all([
    connectionsAt(db, keys),
    peopleAt(db, keys),
    clipsAbout(db, new Set(keys)),
  ]);
  const people = stored.filter((p) => p.degree !== 'self');
  const ids = people.map((p) => p.id);
  const [meetings, touches] = await Promise.all([rowsOfPeople(db.meetings, ids), rowsOfPeople(db.touches, ids)]);
  const introductions = touches.filter((t) => t.kind === 'introduction-request' && t.introducerId);
  const otherIds = [
    ...people.flatMap((p) => (p.referredById ? [p.referredById] : [])),
    ...introductions.map((t) => t.introducerId!),
  ];
  const others = await db.people.bulkGet([...new Set(otherIds)]);
  const nameOf = new Map(others.flatMap((p) => (p ? [[p.id, p.name] as const] : [])));
  const indexOf = (company: string | undefined) => owner.get(companyKey(company)) ?? -1;
  const personIndex = new Map(people.map((p) => [p.id, indexOf(p.company)]));
  return ats.map((at, i) => {
    const here = people.filter((p) => personIndex.get(p.id) === i);
    const ids = new Set(here.map((p) => p.id));
    return summary(
      at,
      contacts.filter((c) => indexOf(c.company) === i),
      here,
      meetings.filter((m) => ids.has(m.personId)),
      leadsTo(
        here,
        introductions.filter((t) => ids.has(t.personId)),
        nameOf,
      ),
      clips.filter((c) => indexOf(c.company) === i),
    );
  });
}

/** Every target company with what the user has there, by name. */
export async function loadTargetCompanies(db: InroadsDb): Promise<CompanySummary[]> {
  return db.transaction('r', [db.companies, db.connections, db.people, db.meetings, db.touches, db.clips], async () => {
    const companies = await db.companies.toArray();
    const ats = companies.map((company) => ({
      key: company.key,
      keys: [company.key, ...company.aliases],
      company,
      name: company.name,
    }));
    return (await summariseCompanies(db, ats)).sort((a, b) => a.name.localeCompare(b.name));
  });
}

/** One company by any of its spellings (a target company or not), or null when the name has no key. */
export async function loadCompany(db: InroadsDb, name: string): Promise<CompanySummary | null> {
  const at = await resolveCompany(db, name);
  if (!at) return null;
  const [found] = await summariseCompanies(db, [{ ...at, name: at.company?.name ?? name }]);
  if (!at.company) found!.name = commonSpelling([...found!.connections, ...found!.people]) ?? name;
  return found!;
}
