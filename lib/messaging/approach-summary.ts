import type { InroadsDb } from '../db/database';
import type { Person, ProfileSnapshot } from '../model';
import type { ProfileStatus } from './protocol';

/** A one-line approach for the badge. Replaced by the outreach rules. */
export async function summariseApproach(
  _db: InroadsDb,
  snapshot: ProfileSnapshot,
  _person: Person | undefined,
  _now: number,
): Promise<ProfileStatus['approach']> {
  switch (snapshot.degree) {
    case '1st':
      return { kind: 'direct-ask', label: 'Direct ask' };
    case '2nd':
      return { kind: 'introduction-request', label: 'Introduction request' };
    default:
      return { kind: 'cold-email', label: 'Cold email' };
  }
}
