import { loadApproachInput } from '@/lib/store/people/approach-context';
import type { InroadsDb } from '@/lib/store/database';
import type { Person, ProfileSnapshot } from '@/lib/domain/model';
import { decideApproach } from '@/lib/domain/approach/approach';
import { approachLabel } from '@/lib/domain/labels';
import type { ProfileStatus } from '@/lib/domain/protocol/protocol';

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
