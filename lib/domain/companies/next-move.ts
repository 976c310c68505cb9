/**
 * The next best move at a target company, by the method's warmest path:
 * someone met there (ask them who else to talk to), else someone the user
 * knows there (a direct ask), else an introduction to a tracked person
 * through a mutual connection, else a well-researched cold email, else find
 * people there first. Pure: returns a code and its names; worded when shown.
 */
import type { Degree, MutualConnection, Stage } from '@/lib/domain/model';

/** What the move needs to know of a person at the company. */
export interface PersonThere {
  name: string;
  kind: 'candidate' | 'target';
  stage?: Stage;
  degree: Degree;
  /** A known 1st-degree contact (the page said so, or Connections.csv). */
  firstDegree: boolean;
  mutuals: MutualConnection[];
  /** The introducer the user chose for them, if any. */
  introducer?: string;
}

export interface CompanyPicture {
  /** Connections from Connections.csv at the company (current employer only), most recent first. */
  connections: readonly { name: string }[];
  people: readonly PersonThere[];
}

export type NextMove =
  | { code: 'ask-met'; name: string }
  | { code: 'ask-direct'; name: string; count: number }
  | { code: 'introduction'; name: string; through: string; degree: Degree }
  | { code: 'cold'; name: string }
  | { code: 'find-people' };

const MET: readonly (Stage | undefined)[] = ['met', 'keep-in-touch'];
/** Stages where nothing is left to ask of the person themself. */
const CLOSED: readonly (Stage | undefined)[] = ['declined', 'moved-on'];

export function nextMove(picture: CompanyPicture): NextMove {
  const people = picture.people.filter((p) => !CLOSED.includes(p.stage));
  const met = people.find((p) => MET.includes(p.stage));
  if (met) return { code: 'ask-met', name: met.name };
  const names = new Set<string>();
  for (const p of people) if (p.firstDegree) names.add(p.name);
  for (const c of picture.connections) names.add(c.name);
  if (names.size > 0) {
    // A 1st-degree target not yet asked comes first, then the most recent connection.
    const target = people.find((p) => p.firstDegree && p.kind === 'target' && (p.stage ?? 'to-contact') === 'to-contact');
    return { code: 'ask-direct', name: target?.name ?? [...names][0]!, count: names.size };
  }
  const targets = people.filter((p) => p.kind === 'target');
  const reachable = targets.find((p) => p.introducer || (p.degree === '2nd' && p.mutuals.length > 0));
  if (reachable) {
    const through = reachable.introducer ?? reachable.mutuals[0]!.name;
    return { code: 'introduction', name: reachable.name, through, degree: reachable.degree };
  }
  const first = targets[0];
  return first ? { code: 'cold', name: first.name } : { code: 'find-people' };
}
