import { InroadsError } from '@/lib/domain/errors';
import { Touch, type Stage, type TouchKind } from '@/lib/domain/model';
import { storable } from '@/lib/store/contract';
import { patchPerson } from '@/lib/store/people/person-edit';
import type { InroadsDb } from '@/lib/store/database';
import { historyTables, recomputeNextAction, recomputeReferredBy } from './next-action';
import { newId } from '@/lib/store/people/people';

export type NewTouch = Omit<Touch, 'id' | 'createdAt'>;

/** How logging a touch moves a target's stage (only forward). */
const STAGE_AFTER: Partial<Record<TouchKind, Stage>> = {
  request: 'requested',
  'introduction-request': 'requested',
  declined: 'declined',
};
const EARLY_STAGES: (Stage | undefined)[] = [undefined, 'to-contact', 'requested'];

/**
 * Records something sent, said or received (one transaction): validates it,
 * stores it, moves the stage forward, and recomputes the next action.
 */
export async function logTouch(db: InroadsDb, input: NewTouch, now: number): Promise<Touch> {
  const touch = storable(Touch, { ...input, id: newId(), createdAt: now });
  await db.transaction('rw', historyTables(db), async () => {
    const person = await db.people.get(touch.personId);
    if (!person) throw new InroadsError('storeGonePerson');
    await db.touches.add(touch);
    const stage = STAGE_AFTER[touch.kind];
    const moves = stage && (stage === 'declined' || EARLY_STAGES.includes(person.stage));
    await patchPerson(db, person.id, {
      updatedAt: now,
      ...(person.kind === 'candidate' ? { kind: 'target' as const, targetedAt: now } : {}),
      ...(moves ? { stage } : person.stage ? {} : { stage: 'to-contact' as const }),
    });
    await recomputeNextAction(db, person.id, now);
    // A check-back with a referrer releases the pitches held for it (the people they referred).
    if (touch.kind === 'check-back') await recomputeReferredBy(db, person.id, now);
  });
  return touch;
}

/** Removes a touch logged by mistake, recomputing what is owed. */
export async function deleteTouch(db: InroadsDb, touchId: string, now: number): Promise<void> {
  await db.transaction('rw', historyTables(db), async () => {
    const touch = await db.touches.get(touchId);
    if (!touch) return;
    await db.touches.delete(touchId);
    await recomputeNextAction(db, touch.personId, now);
    // A check-back removed holds again the pitches it had released.
    if (touch.kind === 'check-back') await recomputeReferredBy(db, touch.personId, now);
  });
}
