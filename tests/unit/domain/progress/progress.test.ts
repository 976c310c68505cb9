import { describe, expect, it } from 'vitest';
import type { Meeting, Person, Touch } from '@/lib/domain/model';
import { newCandidate } from '@/lib/domain/model/new-person';
import { progressOf, routeOf } from '@/lib/domain/progress/progress';

const NOW = Date.UTC(2025, 2, 13, 10);
const DAY = 86_400_000;
const person = (id: string, over: Partial<Person> = {}): Person => ({ ...newCandidate(id, id, 0), kind: 'target', stage: 'requested', ...over });
let n = 0;
const touch = (personId: string, kind: Touch['kind'], daysAgo: number, over: Partial<Touch> = {}): Touch => ({
  id: `t${(n += 1)}`,
  personId,
  kind,
  at: NOW - daysAgo * DAY,
  channel: 'linkedin',
  createdAt: NOW - daysAgo * DAY,
  ...over,
});
const meeting = (personId: string, status: Meeting['status'], at: number, referrals = 0): Meeting => ({
  id: `m${(n += 1)}`,
  personId,
  at,
  minutes: 20,
  mode: 'phone',
  status,
  questions: [],
  notes: '',
  referrals: Array.from({ length: referrals }, (_, i) => ({ personId: `r${i}`, nameAllowed: true })),
  createdAt: 0,
  updatedAt: 0,
});

describe('the route a person was asked by', () => {
  it('referred > introduction > direct (1st degree) > cold; never asked: none', () => {
    expect(routeOf(person('a', { referredById: 'x' }), [touch('a', 'request', 3)])).toBe('referred');
    expect(routeOf(person('a'), [touch('a', 'introduction-request', 3, { introducerId: 'x' })])).toBe('introduction');
    expect(routeOf(person('a', { degree: '1st' }), [touch('a', 'request', 3)])).toBe('direct');
    expect(routeOf(person('a', { connectedOn: 1 }), [touch('a', 'request', 3)])).toBe('direct');
    expect(routeOf(person('a', { degree: '3rd' }), [touch('a', 'request', 3)])).toBe('cold');
    expect(routeOf(person('a'), [touch('a', 'follow-up', 3)])).toBeUndefined();
  });
});

describe('progress', () => {
  it('counts targets against the goal, requests in the last 7 days, replies by route, meetings and referrals', () => {
    const people = [
      person('direct', { degree: '1st', stage: 'met' }),
      person('intro', { degree: '2nd' }),
      person('cold1', { degree: '3rd' }),
      person('cold2', { degree: 'out-of-network', stage: 'declined' }),
      person('viewed', { kind: 'candidate', stage: undefined }),
    ];
    const touches = [
      touch('direct', 'request', 20),
      touch('direct', 'reply', 18),
      touch('intro', 'introduction-request', 2, { introducerId: 'x' }),
      touch('intro', 'reply', 1),
      touch('cold1', 'request', 6),
      touch('cold1', 'follow-up', 1),
      touch('cold2', 'request', 8),
    ];
    const meetings = [meeting('direct', 'done', NOW - 10 * DAY, 2), meeting('intro', 'scheduled', NOW + 2 * DAY)];
    const progress = progressOf({ people, touches, meetings, now: NOW, goal: 5 });
    expect(progress).toEqual({
      targets: 4,
      goal: 5,
      requestsLastWeek: 2,
      routes: {
        direct: { asked: 1, replied: 1 },
        introduction: { asked: 1, replied: 1 },
        referred: { asked: 0, replied: 0 },
        cold: { asked: 2, replied: 1 },
      },
      meetingsHeld: 1,
      meetingsAhead: 1,
      referralsGained: 2,
      introductions: 1,
    });
  });

  it('is all zeros for nobody', () => {
    const progress = progressOf({ people: [], touches: [], meetings: [], now: NOW });
    expect(progress.targets).toBe(0);
    expect(Object.values(progress.routes).every((r) => r.asked === 0)).toBe(true);
  });
});
