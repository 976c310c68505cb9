import type { DEGREES } from './constants';
import type { Person } from './person';

/** A person just met in Inroads: a candidate with no notes, edits or mutuals yet (zod-free, for any bundle). */
export function newCandidate(
  id: string,
  name: string,
  now: number,
  degree: (typeof DEGREES)[number] = 'unknown',
): Person {
  return {
    id,
    kind: 'candidate',
    name,
    degree,
    mutuals: [],
    notes: '',
    userEdited: [],
    createdAt: now,
    updatedAt: now,
  };
}
