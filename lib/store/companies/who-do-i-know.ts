/**
 * "Who do I know at …": the user's connections (all of Connections.csv) and
 * the people they know or met at a company, by the company's key (its merged
 * spellings included), read through the indexes; and other companies whose
 * names hold the typed words as whole words ("Northwind" → "Northwind
 * Health"; "Meta" never → "Metaview"). LinkedIn's export records only each
 * connection's current employer: so does this.
 */
import type { Company, Connection, Person } from '@/lib/domain/model';
import { companyKey } from '@/lib/domain/companies/company-key';
import type { InroadsDb } from '@/lib/store/database';
import { commonSpelling, connectionsAt, peopleAt, resolveCompany } from './company-lookup';
import { hasMet, isFirstDegree } from '@/lib/store/people/known-people';

export interface KnownAt {
  key: string;
  keys: string[];
  /** The user's name for the company, else its most common spelling. */
  name: string;
  company?: Company;
  /** Connections there, by name. */
  connections: Connection[];
  /** Stored people there the user knows (1st degree) or met, by name. */
  people: Person[];
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

export async function whoDoIKnowAt(db: InroadsDb, search: string): Promise<KnownAt | undefined> {
  const at = await resolveCompany(db, search);
  if (!at) return undefined;
  const [connections, stored] = await Promise.all([connectionsAt(db, at.keys), peopleAt(db, at.keys)]);
  const people = stored.filter((p) => p.degree !== 'self' && (isFirstDegree(p) || hasMet(p)));
  return {
    ...at,
    name: at.company?.name ?? commonSpelling([...connections, ...stored]) ?? search.trim(),
    connections: connections.sort(byName),
    people: people.sort(byName),
  };
}

/** Every company key the directory and the people know (index keys only). */
export async function knownCompanyKeys(db: InroadsDb): Promise<string[]> {
  const [directory, people] = await Promise.all([
    db.connections.orderBy('companyKeys').uniqueKeys(),
    db.people.orderBy('companyKey').uniqueKeys(),
  ]);
  return [...new Set([...directory, ...people].map(String))].sort();
}

/** The keys holding every word typed as a whole word, the exact key left out (it is the answer itself). */
export function keysWithWords(keys: readonly string[], search: string, limit = 20): string[] {
  const typed = companyKey(search);
  const words = typed.split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const found: string[] = [];
  for (const key of keys) {
    if (key === typed) continue;
    const padded = ` ${key} `;
    if (words.every((word) => padded.includes(` ${word} `))) found.push(key);
    if (found.length >= limit) break;
  }
  return found;
}

export interface CompanySuggestion {
  key: string;
  name: string;
  /** Connections there. */
  count: number;
}

/** Other companies the search may mean, most connections first. */
export async function companySuggestions(db: InroadsDb, keys: readonly string[], search: string, limit = 8) {
  const wanted = keysWithWords(keys, search);
  const [contacts, people] = await Promise.all([connectionsAt(db, wanted), peopleAt(db, wanted)]);
  const suggestions: CompanySuggestion[] = wanted.map((key) => {
    const there = contacts.filter((c) => companyKey(c.company) === key);
    // Written as people write it: the connections' spelling, else the tracked people's, never the key itself.
    const name = commonSpelling(there) ?? commonSpelling(people.filter((p) => p.companyKey === key)) ?? key;
    return { key, name, count: there.length };
  });
  return suggestions.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)).slice(0, limit);
}
