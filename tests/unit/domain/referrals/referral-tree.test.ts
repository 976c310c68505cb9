import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildReferralTree,
  levelSummary,
  UNKNOWN_REFERRER,
  type ReferralNode,
  type ReferralPerson,
} from '@/lib/domain/referrals/referral-tree';

let added = 0;
const p = (id: string, referredById?: string, extra: Partial<ReferralPerson> = {}): ReferralPerson => ({
  id,
  name: id.toUpperCase(),
  stage: 'to-contact',
  referredById,
  createdAt: (added += 1),
  ...extra,
});

/** "A(B(D),C)" — a compact picture of the tree. */
const shape = (nodes: ReferralNode[]): string =>
  nodes.map((n) => (n.children.length ? `${n.name}(${shape(n.children)})` : n.name)).join(',');

describe('buildReferralTree', () => {
  it('starts from people nobody referred who referred someone, and counts each level', () => {
    const tree = buildReferralTree([
      p('a'),
      p('b', 'a'),
      p('c', 'a'),
      p('d', 'b'),
      p('e', 'd'),
      p('f'), // reached directly, referred no one: not on the map
      p('g'),
      p('h', 'g'),
    ]);
    expect(shape(tree.roots)).toBe('A(B(D(E)),C),G(H)');
    expect(tree.levelCounts).toEqual([2, 3, 1, 1]);
    expect(tree.total).toBe(7);
    expect(tree.roots[0]).toMatchObject({ personId: 'a', level: 1, stage: 'to-contact' });
    expect(tree.roots[0]!.children[0]!.children[0]!.level).toBe(3);
  });

  it('shows a deleted referrer by name, as a placeholder without a link', () => {
    const tree = buildReferralTree([
      p('b', undefined, { referredByName: 'Rosa Parks' }),
      p('c', undefined, { referredByName: 'Rosa Parks' }),
      p('d', 'b'),
      p('e', 'gone-id'),
    ]);
    expect(shape(tree.roots)).toBe(`Rosa Parks(B(D),C),${UNKNOWN_REFERRER}(E)`);
    const rosa = tree.roots[0]!;
    expect(rosa.personId).toBeUndefined();
    expect(rosa.key).toBe('missing:Rosa Parks');
    expect(tree.levelCounts).toEqual([2, 3, 1]);
  });

  it('prefers the kept name when the referrer id no longer exists', () => {
    const tree = buildReferralTree([p('b', 'gone', { referredByName: 'Old Friend' })]);
    expect(shape(tree.roots)).toBe('Old Friend(B)');
  });

  it('ignores a self-reference', () => {
    const tree = buildReferralTree([p('a', 'a'), p('b', 'a')]);
    expect(shape(tree.roots)).toBe('A(B)');
    expect(tree.levelCounts).toEqual([1, 1]);
  });

  it('breaks a loop at its earliest-added member and places everyone once', () => {
    const tree = buildReferralTree([p('x', 'z'), p('y', 'x'), p('z', 'y'), p('w', 'y')]);
    expect(shape(tree.roots)).toBe('X(Y(W,Z))');
    expect(tree.roots[0]!.loopStart).toBe(true);
    expect(tree.levelCounts).toEqual([1, 1, 2]);
    expect(tree.total).toBe(4);
  });

  it('breaks a two-person loop (A referred B referred A) hanging a chain below it', () => {
    const tree = buildReferralTree([p('a', 'b'), p('b', 'a'), p('c', 'b'), p('d', 'c')]);
    expect(shape(tree.roots)).toBe('A(B(C(D)))');
  });

  it('places each person exactly once and never loops, whatever the links', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.constantFrom(...ids, 'gone'), { nil: undefined }), { minLength: 6, maxLength: 6 }),
        (links) => {
          const people = ids.map((id, i) => p(id, links[i]));
          const tree = buildReferralTree(people);
          const seen: string[] = [];
          const walk = (nodes: ReferralNode[], level: number) =>
            nodes.forEach((n) => {
              expect(n.level).toBe(level);
              seen.push(n.key);
              walk(n.children, level + 1);
            });
          walk(tree.roots, 1);
          expect(new Set(seen).size).toBe(seen.length);
          expect(tree.total).toBe(seen.length);
          expect(tree.levelCounts.reduce((a, b) => a + b, 0)).toBe(seen.length);
          const linked = people.filter(
            (x) =>
              (x.referredById && x.referredById !== x.id) ||
              people.some((y) => y.referredById === x.id && y.id !== x.id),
          );
          for (const person of linked) expect(seen).toContain(person.id);
        },
      ),
    );
  });

  it('is empty with no referrals', () => {
    expect(buildReferralTree([p('a'), p('b')])).toEqual({ roots: [], levelCounts: [], total: 0 });
  });
});

describe('levelSummary', () => {
  it('reads like "Level 1: 4 people · Level 2: 7"', () => {
    expect(levelSummary([4, 7, 2])).toBe('Level 1: 4 people · Level 2: 7 · Level 3: 2');
    expect(levelSummary([1])).toBe('Level 1: 1 person');
  });
});
