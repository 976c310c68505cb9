/**
 * The merge converges: any interleaving of random edits on two or three
 * devices, with changes exchanged part-way in any order, reaches the same
 * state on every device once all changes are exchanged — whatever the order
 * they arrive in, and however many times each arrives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffRecord, type Change, type Fields, type LocalChange } from '@/lib/domain/sync/change';
import { nextStamp, observeStamp, ZERO_CLOCK, type Clock } from '@/lib/domain/sync/hlc';
import { applyChange, rowId, visibleFields, type RowState } from '@/lib/domain/sync/merge';
import { stampChange } from '@/lib/domain/sync/stamp';

const KEYS = ['p1', 'p2', 'p3'];

class Replica {
  states = new Map<string, RowState>();
  clock: Clock = ZERO_CLOCK;
  log: Change[] = [];
  constructor(
    readonly device: string,
    private wall: number,
  ) {}

  visible(key: string): Fields | undefined {
    const state = this.states.get(rowId('people', key));
    return state && visibleFields(state);
  }

  receive(change: Change) {
    const id = rowId(change.t, change.k);
    this.states.set(id, applyChange(this.states.get(id), change));
    this.clock = observeStamp(this.clock, change.h);
  }

  /** A local edit, captured as the storage layer would (diff of the row before and after). */
  edit(key: string, after: Fields | undefined) {
    const before = this.visible(key);
    const local: LocalChange | undefined = diffRecord('people', key, before && { id: key, ...before }, after && { id: key, ...after });
    if (!local) return;
    this.wall += 7;
    const next = nextStamp(this.clock, this.wall, this.device);
    this.clock = next.clock;
    const change = stampChange(local, next.stamp, this.states.get(rowId('people', key)));
    this.receive(change);
    this.log.push(change);
  }
}

type Op =
  | { kind: 'set'; replica: number; key: string; field: 'name' | 'phone' | 'stage'; value: string }
  | { kind: 'notes'; replica: number; key: string; text: string }
  | { kind: 'delete'; replica: number; key: string }
  | { kind: 'sync'; from: number; to: number };

const op = (replicas: number): fc.Arbitrary<Op> =>
  fc.oneof(
    fc.record({
      kind: fc.constant('set' as const),
      replica: fc.nat(replicas - 1),
      key: fc.constantFrom(...KEYS),
      field: fc.constantFrom('name' as const, 'phone' as const, 'stage' as const),
      value: fc.constantFrom('a', 'b', 'c', 'd'),
    }),
    fc.record({ kind: fc.constant('notes' as const), replica: fc.nat(replicas - 1), key: fc.constantFrom(...KEYS), text: fc.constantFrom('x', 'y', 'z', '') }),
    fc.record({ kind: fc.constant('delete' as const), replica: fc.nat(replicas - 1), key: fc.constantFrom(...KEYS) }),
    fc.record({ kind: fc.constant('sync' as const), from: fc.nat(replicas - 1), to: fc.nat(replicas - 1) }),
  );

/** A seeded Fisher–Yates shuffle. */
function shuffle<T>(items: T[], seed: number): T[] {
  let state = (seed * 2654435761) % 2 ** 32 || 1;
  const random = () => ((state = (state * 1664525 + 1013904223) % 2 ** 32) / 2 ** 32);
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

function run(replicas: Replica[], ops: Op[]) {
  for (const o of ops) {
    if (o.kind === 'sync') {
      for (const change of replicas[o.from]!.log) replicas[o.to]!.receive(change);
      continue;
    }
    const replica = replicas[o.replica]!;
    const current = replica.visible(o.key);
    if (o.kind === 'delete') replica.edit(o.key, undefined);
    else if (o.kind === 'set') replica.edit(o.key, { name: 'n', ...current, [o.field]: o.value });
    else replica.edit(o.key, { name: 'n', ...current, notes: o.text });
  }
}

/** JSON with object keys sorted: equal states give equal text. */
const canonical = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(canonical).join(',')}]`
    : value && typeof value === 'object'
      ? `{${Object.keys(value)
          .sort()
          .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
          .join(',')}}`
      : JSON.stringify(value);

const snapshot = (replica: Replica) => canonical([...replica.states.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));

describe('merge convergence', () => {
  it.each([2, 3])('any interleaving on %i devices converges once every change is exchanged, in any order, any number of times', (count) => {
    fc.assert(
      fc.property(
        fc.array(op(count), { maxLength: 40 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 0, max: 1000 }),
        (ops, seeds, skew) => {
          const replicas = Array.from({ length: count }, (_, i) => new Replica(`${i}`.padStart(16, 'a'), 1_000 + i * skew));
          run(replicas, ops);
          const all = replicas.flatMap((r) => r.log);
          // Each device receives every change, in its own random order, a third of them twice.
          replicas.forEach((replica, i) => {
            const seed = seeds[i % seeds.length]! + i;
            for (const change of shuffle([...all, ...all.filter((_, j) => (j + seed) % 3 === 0)], seed)) replica.receive(change);
          });
          const first = snapshot(replicas[0]!);
          for (const replica of replicas) expect(snapshot(replica)).toBe(first);
          for (const key of KEYS) for (const replica of replicas) expect(replica.visible(key)).toEqual(replicas[0]!.visible(key));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the merge rules', () => {
  const a = () => new Replica('aaaaaaaaaaaaaaaa', 1_000);
  const b = () => new Replica('bbbbbbbbbbbbbbbb', 1_000);
  const exchange = (x: Replica, y: Replica) => {
    for (const change of x.log) y.receive(change);
    for (const change of y.log) x.receive(change);
  };

  it('keeps concurrent edits of different fields of one record', () => {
    const [x, y] = [a(), b()];
    x.edit('p1', { name: 'Jane', phone: '1', notes: '' });
    exchange(x, y);
    x.edit('p1', { ...x.visible('p1'), phone: '2' });
    y.edit('p1', { ...y.visible('p1'), stage: 'met' });
    exchange(x, y);
    expect(x.visible('p1')).toEqual({ name: 'Jane', phone: '2', stage: 'met', notes: '' });
    expect(y.visible('p1')).toEqual(x.visible('p1'));
  });

  it('keeps both versions of the same notes edited on two devices, the later one shown, until one is written over both', () => {
    const [x, y] = [a(), b()];
    x.edit('p1', { name: 'Jane', notes: 'first' });
    exchange(x, y);
    x.edit('p1', { ...x.visible('p1'), notes: 'from x' });
    y.edit('p1', { ...y.visible('p1'), notes: 'from y' });
    exchange(x, y);
    const versions = x.states.get('people/p1')!.m!.notes!.vals.map((v) => v.v).sort();
    expect(versions).toEqual(['from x', 'from y']);
    expect(y.states.get('people/p1')).toEqual(x.states.get('people/p1'));
    // A lower clock does not make a concurrent version disappear (version sets, not clock order).
    const shown = x.visible('p1')!.notes;
    expect(['from x', 'from y']).toContain(shown);
  });

  it('deletes travel as tombstones, and a later edit brings the record back with its fields', () => {
    const [x, y] = [a(), b()];
    x.edit('p1', { name: 'Jane', phone: '1' });
    exchange(x, y);
    y.edit('p1', undefined);
    exchange(x, y);
    expect(x.visible('p1')).toBeUndefined();
    x.edit('p1', { name: 'Jane again' });
    exchange(x, y);
    expect(y.visible('p1')).toEqual({ name: 'Jane again' });
  });
});
