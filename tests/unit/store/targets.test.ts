import { describe, expect, it } from 'vitest';
import { recomputeNextAction } from '@/lib/store/history/next-action';
import { addTarget } from '@/lib/store/use-cases/add-target';
import { followUpGroup } from '@/lib/domain/cadence/cadence';
import { freshDb, snapshotOf } from '../helpers';
import { T0 } from './import-fixtures';

const DAY = 86_400_000;

describe('targets', () => {
  it('owe the first request from the day they became a target, stable across recomputes', async () => {
    const db = freshDb();
    const now = Date.UTC(2026, 10, 20, 12);
    const target = await addTarget(db, { snapshot: snapshotOf(), objective: { kind: 'role', detail: 'design' } }, now - 20 * DAY);
    expect(target).toMatchObject({ kind: 'target', stage: 'to-contact', targetedAt: now - 20 * DAY });
    const later = await recomputeNextAction(db, target.id, now);
    expect(later?.nextAction).toMatchObject({ kind: 'send-request', due: now - 20 * DAY });
    expect(followUpGroup(later!.nextAction!.due, now, 'UTC')).toBe('overdue');
  });

  it('keep their stage, history and first targeted date when added again', async () => {
    const db = freshDb();
    const first = await addTarget(db, { snapshot: snapshotOf() }, T0 + 1000);
    await db.people.update(first.id, { stage: 'requested' });
    const again = await addTarget(db, { snapshot: snapshotOf(), objective: { kind: 'company', detail: '' } }, T0 + 5000);
    expect(again).toMatchObject({ id: first.id, stage: 'requested', targetedAt: T0 + 1000, objective: { kind: 'company' } });
    expect(await db.people.count()).toBe(1);
  });
});
