/**
 * The target list: search, filters and sort over people held in memory.
 *
 * The side panel loads the people once (a live query) and turns each into a
 * TargetSummary with its search text folded in advance, so that filtering
 * and sorting 10,000 people is plain string and number work (a few ms) with
 * no locale calls in the hot loop. Pure apart from loadTargetPeople.
 */
import type { Degree, ObjectiveKind, Person, PersonKind, Stage } from '@/lib/domain/model';
import { STAGES } from '@/lib/domain/model/constants';
import type { InroadsDb } from '@/lib/store/database';

/** What a row of the target list shows, plus precomputed search keys. */
export interface TargetSummary {
  id: string;
  name: string;
  headline?: string;
  company?: string;
  degree: Degree;
  kind: PersonKind;
  stage?: Stage;
  objectiveKind?: ObjectiveKind;
  /** The objective list the person is on. */
  objectiveId?: string;
  nextActionKind?: string;
  nextActionAt?: number;
  updatedAt: number;
  /** Folded name. */
  nameKey: string;
  /** Position in name order among the summaries it was prepared with (sorting compares numbers). */
  nameRank: number;
  /** Position of the stage in the method's order; candidates (no stage) after every stage. */
  stageRank: number;
  /** Folded company (for the company filter). */
  companyKey: string;
  /** Folded name, company and headline (for the search box). */
  searchKey: string;
}

export type TargetSort = 'name' | 'next-action' | 'updated' | 'stage';

export interface TargetQuery {
  /** Words that must all appear in the name, company or headline. */
  search?: string;
  stage?: Stage | 'any';
  degree?: Degree | 'any';
  /** Part of the company name. */
  company?: string;
  /** An objective kind, 'none' for targets without one, or 'any'. */
  objective?: ObjectiveKind | 'none' | 'any';
  /** An objective list (an ObjectiveRecord id), 'none' for people on no list, or 'any'. */
  objectiveId?: string;
  sort?: TargetSort;
}

/** Case- and accent-insensitive form of a text ("Zoë  Émile" → "zoe emile"). */
export function foldText(text: string | undefined): string {
  if (!text) return '';
  // Plain ASCII (most names) skips Unicode normalisation.
  const base = /^[\x20-\x7e]*$/.test(text) ? text : text.normalize('NFKD').replace(/\p{M}+/gu, '');
  return base.toLowerCase().replace(/\s+/g, ' ').trim();
}

const STAGE_ORDER = new Map<Stage | undefined, number>(STAGES.map((s, i) => [s, i]));

function toTargetSummary(person: Person): TargetSummary {
  const nameKey = foldText(person.name);
  const companyKey = foldText(person.company);
  return {
    id: person.id,
    name: person.name,
    headline: person.headline,
    company: person.company,
    degree: person.degree,
    kind: person.kind,
    stage: person.stage,
    objectiveKind: person.objective?.kind,
    objectiveId: person.objectiveId,
    nextActionKind: person.nextAction?.kind,
    nextActionAt: person.nextAction?.due ?? person.nextActionAt,
    updatedAt: person.updatedAt,
    nameKey,
    nameRank: 0,
    stageRank: STAGE_ORDER.get(person.stage) ?? STAGES.length,
    companyKey,
    searchKey: `${nameKey}\n${companyKey}\n${foldText(person.headline)}`,
  };
}

function byNameKey(a: TargetSummary, b: TargetSummary): number {
  if (a.nameKey !== b.nameKey) return a.nameKey < b.nameKey ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Summaries of the people for the list, in name order with their nameRank
 * set. Done once per load (memoise it); every later sort compares numbers.
 */
export function prepareTargets(people: readonly Person[]): TargetSummary[] {
  const list = people.map(toTargetSummary).sort(byNameKey);
  list.forEach((t, i) => (t.nameRank = i));
  return list;
}

const byName = (a: TargetSummary, b: TargetSummary) => a.nameRank - b.nameRank;

const COMPARE: Record<TargetSort, (a: TargetSummary, b: TargetSummary) => number> = {
  name: byName,
  /** Soonest first; nothing owed goes last. */
  'next-action': (a, b) => (a.nextActionAt ?? Infinity) - (b.nextActionAt ?? Infinity) || byName(a, b),
  /** Most recently updated first. */
  updated: (a, b) => b.updatedAt - a.updatedAt || byName(a, b),
  /** The method's order (to contact → moved on); candidates (no stage) last. */
  stage: (a, b) => a.stageRank - b.stageRank || byName(a, b),
};

/** Whether one target passes the query's search and filters (query already folded). */
function matches(t: TargetSummary, words: string[], query: TargetQuery, company: string): boolean {
  if (query.stage && query.stage !== 'any' && t.stage !== query.stage) return false;
  if (query.degree && query.degree !== 'any' && t.degree !== query.degree) return false;
  if (query.objective && query.objective !== 'any') {
    if ((t.objectiveKind ?? 'none') !== query.objective) return false;
  }
  if (query.objectiveId && query.objectiveId !== 'any' && (t.objectiveId ?? 'none') !== query.objectiveId) return false;
  if (company && !t.companyKey.includes(company)) return false;
  for (const word of words) if (!t.searchKey.includes(word)) return false;
  return true;
}

/** The targets that pass the search and filters, in the query's sort order (a new array). Give it prepareTargets' output. */
export function selectTargets(all: readonly TargetSummary[], query: TargetQuery): TargetSummary[] {
  const words = foldText(query.search)
    .split(' ')
    .filter((w) => w !== '');
  const company = foldText(query.company);
  const found = all.filter((t) => matches(t, words, query, company));
  return found.sort(COMPARE[query.sort ?? 'name']);
}

/** Distinct companies (as first written), most common first, for the company filter's suggestions. */
export function companiesOf(all: readonly TargetSummary[], limit = 300): string[] {
  const counts = new Map<string, { name: string; count: number }>();
  for (const t of all) {
    if (!t.companyKey || !t.company) continue;
    const entry = counts.get(t.companyKey);
    if (entry) entry.count += 1;
    else counts.set(t.companyKey, { name: t.company.trim(), count: 1 });
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, limit)
    .map((c) => c.name);
}

/** Targets (and, when asked, candidates — profiles merely viewed) for the target list. */
export async function loadTargetPeople(db: InroadsDb, includeCandidates: boolean): Promise<Person[]> {
  return includeCandidates ? db.people.toArray() : db.people.where('kind').equals('target').toArray();
}
