import { describe, expect, it } from 'vitest';
import { pipelineCounts } from '@/lib/store/people/pipeline';
import { STAGES, type Person, type Stage } from '@/lib/domain/model';
import { freshDb } from '../helpers';

/** Real dates: stored dates lie within 1990-2200. */
const T = Date.UTC(2026, 11, 7, 9);

function person(i: number, change: Partial<Person>): Person {
  return {
    id: `p${i}`,
    kind: 'target',
    name: `Person ${i}`,
    degree: 'unknown',
    mutuals: [],
    notes: '',
    userEdited: [],
    createdAt: T,
    updatedAt: T,
    ...change,
  };
}

describe('pipelineCounts', () => {
  it('counts targets at each stage, every stage present, candidates left out', async () => {
    const db = freshDb();
    await db.people.bulkAdd([
      person(1, { stage: 'to-contact' }),
      person(2, { stage: 'to-contact' }),
      person(3, { stage: 'requested' }),
      person(4, { stage: 'met' }),
      person(5, { kind: 'candidate' }),
    ]);
    const counts = await pipelineCounts(db);
    expect(Object.keys(counts)).toEqual([...STAGES]);
    expect(counts).toMatchObject({ 'to-contact': 2, requested: 1, met: 1, scheduled: 0, declined: 0, 'moved-on': 0 });
  });

  it('counts 10,000 people on the index', { timeout: 30_000 }, async () => {
    const db = freshDb();
    const people = Array.from({ length: 10_000 }, (_, i) =>
      person(i, i % 4 === 0 ? { kind: 'candidate' } : { stage: STAGES[i % STAGES.length] as Stage }),
    );
    await db.people.bulkAdd(people);
    const counts = await pipelineCounts(db);
    const expected = Object.fromEntries(STAGES.map((s) => [s, people.filter((p) => p.stage === s).length]));
    expect(counts).toEqual(expected);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(7_500);
  });
});
