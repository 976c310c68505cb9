/**
 * What the user has at a company, for the Companies view: the 1st-degree
 * connections there (Connections.csv: current employer only), the people
 * tracked there by stage, meetings held, referrals and introductions that
 * lead there, research clips about it, and the next best move. Every part is
 * read through an index (company keys, a person's meetings, clips by company).
 */
import { Dexie } from 'dexie';
import type { Company, Connection, Meeting, Person, ResearchClip, Stage } from '@/lib/domain/model';
import { companyKey } from '@/lib/domain/companies/company-key';
import { nextMove, type NextMove } from '@/lib/domain/companies/next-move';
import type { InroadsDb } from '@/lib/store/database';
import { commonSpelling, connectionsAt, peopleAt, resolveCompany, type CompanyKeys } from './company-lookup';
import { isFirstDegree } from '@/lib/store/people/known-people';

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

const newestFirst = (a: Connection, b: Connection) =>
  (b.connectedOn ?? 0) - (a.connectedOn ?? 0) || a.name.localeCompare(b.name);

async function meetingsOf(db: InroadsDb, people: readonly Person[]): Promise<Meeting[]> {
  const lists = await Promise.all(
    people.map((p) => db.meetings.where('[personId+at]').between([p.id, Dexie.minKey], [p.id, Dexie.maxKey]).toArray()),
  );
  return lists.flat();
}

/** Clips whose company has one of the keys (the clip index holds free-text names: its keys are read, not the clips). */
async function clipsAbout(db: InroadsDb, keys: readonly string[]): Promise<ResearchClip[]> {
  const names = (await db.clips.orderBy('company').uniqueKeys()).map(String);
  const wanted = names.filter((name) => keys.includes(companyKey(name)));
  return wanted.length === 0 ? [] : db.clips.where('company').anyOf(wanted).toArray();
}

/** People there whom someone referred the user to, or introduced the user to (an introduction request through them). */
async function leadsTo(db: InroadsDb, people: readonly Person[]): Promise<LeadThere[]> {
  const referred = people.filter((p) => p.referredById || p.referredByName);
  const touches = (
    await Promise.all(
      people.map((p) => db.touches.where('[personId+at]').between([p.id, Dexie.minKey], [p.id, Dexie.maxKey]).toArray()),
    )
  ).flat();
  const introduced = touches.filter((touch) => touch.kind === 'introduction-request' && touch.introducerId);
  const otherIds = [...referred.flatMap((p) => (p.referredById ? [p.referredById] : [])), ...introduced.map((i) => i.introducerId!)];
  const others = await db.people.bulkGet([...new Set(otherIds)]);
  const nameOf = new Map(others.flatMap((p) => (p ? [[p.id, p.name] as const] : [])));
  const byId = new Map(people.map((p) => [p.id, p]));
  const leads: LeadThere[] = referred.map((person) => ({
    person,
    how: 'referred',
    by: (person.referredById && nameOf.get(person.referredById)) || person.referredByName || '',
  }));
  for (const touch of introduced) {
    const person = byId.get(touch.personId);
    const by = nameOf.get(touch.introducerId!);
    if (person && by && !leads.some((l) => l.person.id === person.id && l.by === by)) leads.push({ person, how: 'introduced', by });
  }
  return leads;
}

export async function summariseCompany(
  db: InroadsDb,
  at: CompanyKeys & { name: string },
): Promise<CompanySummary> {
  const [connections, people, clips] = await Promise.all([
    connectionsAt(db, at.keys),
    peopleAt(db, at.keys),
    clipsAbout(db, at.keys),
  ]);
  const stored = people.filter((p) => p.degree !== 'self').sort((a, b) => a.name.localeCompare(b.name));
  const meetings = await meetingsOf(db, stored);
  const byStage: Partial<Record<Stage, number>> = {};
  for (const p of stored) if (p.kind === 'target' && p.stage) byStage[p.stage] = (byStage[p.stage] ?? 0) + 1;
  connections.sort(newestFirst);
  const move = nextMove({
    connections,
    people: stored.map((p) => ({
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
    people: stored,
    byStage,
    meetingsHeld: meetings.filter((m) => m.status === 'done').length,
    leads: await leadsTo(db, stored),
    clips: clips.sort((a, b) => b.savedAt - a.savedAt),
    move,
  };
}

/** Every target company with what the user has there, by name. */
export async function loadTargetCompanies(db: InroadsDb): Promise<CompanySummary[]> {
  const companies = await db.companies.toArray();
  const summaries = await Promise.all(
    companies.map((company) =>
      summariseCompany(db, { key: company.key, keys: [company.key, ...company.aliases], company, name: company.name }),
    ),
  );
  return summaries.sort((a, b) => a.name.localeCompare(b.name));
}

/** One company by any of its spellings (a target company or not), or null when the name has no key. */
export async function loadCompany(db: InroadsDb, name: string): Promise<CompanySummary | null> {
  const at = await resolveCompany(db, name);
  if (!at) return null;
  const summary = await summariseCompany(db, { ...at, name: at.company?.name ?? name });
  if (!at.company) summary.name = commonSpelling([...summary.connections, ...summary.people]) ?? name;
  return summary;
}
