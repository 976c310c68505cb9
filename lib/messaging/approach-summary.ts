import { loadApproachInput } from '../db/approach-context';
import type { InroadsDb } from '../db/database';
import type { Person, ProfileSnapshot } from '../model';
import { decideApproach } from '../outreach/approach';
import { approachLabel } from '../outreach/labels';
import type { ProfileStatus } from './protocol';

/** The approach in one line, for the page badge. */
export async function summariseApproach(
  db: InroadsDb,
  snapshot: ProfileSnapshot,
  person: Person | undefined,
  now: number,
): Promise<ProfileStatus['approach']> {
  const approach = decideApproach(await loadApproachInput(db, snapshot, person), now);
  return { kind: approach.kind, label: approachLabel(approach) };
}
