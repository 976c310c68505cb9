/**
 * Whom the user can name as introducer: the people stored in Inroads and the
 * connections of their Connections.csv directory, each once (a connection who
 * is a stored person is that person), searchable by any word of the name,
 * ignoring case and accents ("lae" finds "Laëtitia Dupont", "dup" too).
 */
import type { ChosenIntroducer } from '@/lib/domain/model';
import type { InroadsDb } from '@/lib/store/database';
import { loadConnections } from '@/lib/store/directory/connections';
import { foldText } from './target-search';

export interface IntroducerChoice extends ChosenIntroducer {
  company?: string;
  /** Folded words of the name. */
  words: string[];
}

function choice(introducer: ChosenIntroducer, company: string | undefined): IntroducerChoice {
  return { ...introducer, ...(company ? { company } : {}), words: foldText(introducer.name).split(' ') };
}

/** Who is being corrected: never offered as their own introducer. */
export interface Subject {
  personId?: string;
  profileUrl?: string;
}

/** Everyone who can be chosen (read once when the picker opens). */
export async function loadIntroducerChoices(db: InroadsDb, subject: Subject = {}): Promise<IntroducerChoice[]> {
  const [people, connections] = await Promise.all([db.people.toArray(), loadConnections(db)]);
  const out: IntroducerChoice[] = [];
  // The subject's own URL counts as seen: their Connections.csv entry is skipped too.
  const urls = new Set<string>(subject.profileUrl ? [subject.profileUrl] : []);
  for (const p of people) {
    if (p.id === subject.personId || p.profileUrl === subject.profileUrl || p.degree === 'self' || !p.name.trim()) continue;
    out.push(choice({ name: p.name, personId: p.id, ...(p.profileUrl ? { url: p.profileUrl } : {}) }, p.company));
    if (p.profileUrl) urls.add(p.profileUrl);
  }
  for (const c of connections) {
    if (c.profileUrl && urls.has(c.profileUrl)) continue;
    out.push(choice({ name: c.name, ...(c.profileUrl ? { url: c.profileUrl } : {}) }, c.company));
  }
  return out;
}

/** The choices whose name has a word starting with each word typed, stored people first, at most `limit`. */
export function matchIntroducers(choices: readonly IntroducerChoice[], query: string, limit = 8): IntroducerChoice[] {
  const typed = foldText(query).split(' ').filter(Boolean);
  if (typed.length === 0) return [];
  const found: IntroducerChoice[] = [];
  for (const c of choices) {
    if (typed.every((w) => c.words.some((word) => word.startsWith(w)))) found.push(c);
    if (found.length >= limit) break;
  }
  return found;
}
