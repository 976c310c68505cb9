/**
 * What Inroads knows of a profile, all sources together: the user's own
 * correction first, then what the page shows, then what the database knows
 * (a 1st-degree connection from Connections.csv, an earlier read).
 */
import type { ChosenIntroducer, Degree, Person, ProfileSnapshot } from '@/lib/domain/model';

type Known = Pick<Person, 'degree' | 'userEdited'> & Partial<Pick<Person, 'introducer' | 'seenDegree'>>;

export type DegreeSource = 'you' | 'page' | 'inroads' | 'none';

/** The degree to act on, and where it comes from. */
export function effectiveDegree(snapshot: Pick<ProfileSnapshot, 'degree'>, person: Known | undefined): {
  degree: Degree;
  source: DegreeSource;
} {
  if (person?.userEdited.includes('degree')) return { degree: person.degree, source: 'you' };
  if (snapshot.degree !== 'unknown') return { degree: snapshot.degree, source: 'page' };
  if (person && person.degree !== 'unknown') return { degree: person.degree, source: 'inroads' };
  return { degree: 'unknown', source: 'none' };
}

/** The introducer the user chose, if they did. */
export function chosenIntroducer(person: Known | undefined): ChosenIntroducer | undefined {
  return person?.userEdited.includes('introducer') ? person.introducer : undefined;
}

/** The degree LinkedIn shows now, when it differs from a degree the user set ("LinkedIn now shows 2nd"). */
export function pageDisagrees(person: Known | undefined): Degree | undefined {
  if (!person?.userEdited.includes('degree')) return undefined;
  const seen = person.seenDegree;
  return seen && seen !== 'unknown' && seen !== person.degree ? seen : undefined;
}
