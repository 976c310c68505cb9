import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NextAction } from '@/lib/domain/model/person';
import { EARLIEST_DATE, LATEST_DATE } from '@/lib/domain/model/limits';
import { TOUCH_KINDS } from '@/lib/domain/model/constants';
import { NEXT_ACTION_KINDS, computeNextAction, isWaitingOnThem } from '@/lib/domain/cadence/cadence';
import { reasonText } from '@/lib/domain/labels';
import { DAY, at, input, iso, meeting, person, settings, touch } from './cadence-fixtures';

const NOW = at('2026-03-20T12:00:00+01:00');

describe('snooze', () => {
  const request = touch('request', at('2026-03-03T10:00:00+01:00')); // follow-up due Tue 10 Mar

  it('pushes the due date to the end of the snooze', () => {
    const snoozedUntil = at('2026-04-01T09:00:00+02:00');
    const action = computeNextAction(input({ person: person({ snoozedUntil }), touches: [request], now: NOW }));
    expect(action).toMatchObject({ kind: 'follow-up', due: snoozedUntil });
  });

  it('never brings a later due date forward', () => {
    const due = at('2026-05-05T10:00:00+02:00');
    const promised = touch('request', at('2026-03-19T10:00:00+01:00'), { promisedFollowUpAt: due });
    const snoozedUntil = at('2026-04-01T09:00:00+02:00');
    expect(computeNextAction(input({ person: person({ snoozedUntil }), touches: [promised], now: NOW }))?.due).toBe(
      due,
    );
  });

  it('an expired snooze changes nothing', () => {
    const action = computeNextAction(
      input({ person: person({ snoozedUntil: NOW - DAY }), touches: [request], now: NOW }),
    );
    expect(iso(action!.due)).toBe(iso(at('2026-03-10T10:00:00+01:00')));
  });

  it('applies to a request not sent yet', () => {
    const snoozedUntil = NOW + 3 * DAY;
    expect(computeNextAction(input({ person: person({ stage: 'to-contact', snoozedUntil }), now: NOW }))?.due).toBe(
      snoozedUntil,
    );
  });
});

describe('odd dates', () => {
  it('a future-dated request counts as sent then: the follow-up is in the future, waiting on them', () => {
    const touches = [touch('request', at('2026-05-05T10:00:00+02:00'))];
    const action = computeNextAction(input({ touches, now: NOW }));
    expect(iso(action!.due)).toBe(iso(at('2026-05-12T10:00:00+02:00')));
    expect(isWaitingOnThem(action!, NOW)).toBe(true);
  });

  it.each([
    ['1990', at('1990-01-05T10:00:00Z')],
    ['2199', at('2199-06-05T10:00:00Z')],
  ])('a request dated %s gives a follow-up on a Tuesday–Thursday about a week later', (_label, sent) => {
    const action = computeNextAction(
      input({ touches: [touch('request', sent)], settings: settings({ timeZone: 'UTC' }), now: NOW }),
    );
    expect(action?.kind).toBe('follow-up');
    expect(action!.due - sent).toBeGreaterThanOrEqual(7 * DAY);
    expect(action!.due - sent).toBeLessThanOrEqual(11 * DAY); // Friday + 7 → the Tuesday after
    expect([2, 3, 4]).toContain(new Date(action!.due).getUTCDay());
  });

  it.each([
    ['1970', at('1970-01-06T10:00:00Z')],
    ['1900', at('1900-06-01T10:00:00Z')],
    ['1066', Date.UTC(1066, 9, 14, 10)],
  ])('a request dated %s (before any date Inroads stores) gives a follow-up due at the first storable date', (_l, sent) => {
    const action = computeNextAction(
      input({ touches: [touch('request', sent)], settings: settings({ timeZone: 'UTC' }), now: NOW }),
    );
    expect(action).toMatchObject({ kind: 'follow-up', due: EARLIEST_DATE });
    expect(NextAction.safeParse(action).success).toBe(true);
  });

  it('a snooze after the last date Inroads stores gives that date', () => {
    const action = computeNextAction(input({ person: person({ snoozedUntil: LATEST_DATE + DAY }), now: NOW }));
    expect(action?.due).toBe(LATEST_DATE);
  });

  it('dates that cannot be computed with are ignored, not thrown on', () => {
    const touches = [touch('request', Number.NaN), touch('follow-up', Infinity), touch('request', 1e17)];
    const meetings = [meeting(-Infinity)];
    expect(computeNextAction(input({ touches, meetings, now: NOW }))).toMatchObject({ kind: 'send-request', due: NOW });
  });

  it('a reason fits the schema (names of any length are parameters), and reads in under 1,000 characters', () => {
    const action = computeNextAction(
      input({ person: person({ name: 'N'.repeat(300), referredByName: 'R'.repeat(300) }), now: NOW }),
    );
    expect(reasonText(action!.reason).length).toBeLessThanOrEqual(1000);
    expect(NextAction.safeParse(action).success).toBe(true);
  });
});

describe('properties', () => {
  const anyDate = fc.oneof(
    fc.integer({ min: at('2025-06-01T00:00:00Z'), max: at('2026-09-01T00:00:00Z') }),
    fc.integer({ min: -1e13, max: 1e13 }),
    fc.constantFrom(Number.NaN, Infinity, 1e17, 0),
  );
  const touchArb = fc.record({
    kind: fc.constantFrom(...TOUCH_KINDS),
    at: anyDate,
    promise: fc.option(anyDate, { nil: undefined }),
  });
  const meetingArb = fc.record({
    at: anyDate,
    status: fc.constantFrom('scheduled' as const, 'done' as const, 'cancelled' as const),
    notes: fc.constantFrom('', 'notes'),
    checkBackAt: fc.option(anyDate, { nil: undefined }),
  });
  const caseArb = fc.record({
    touches: fc.array(touchArb, { maxLength: 8 }),
    meetings: fc.array(meetingArb, { maxLength: 3 }),
    zone: fc.constantFrom('Europe/Paris', 'America/New_York', 'Asia/Tokyo', 'America/Santiago', '', 'Bad/Zone'),
    stage: fc.constantFrom('to-contact' as const, 'requested' as const, 'met' as const, 'keep-in-touch' as const),
    referred: fc.boolean(),
    snoozedUntil: fc.option(anyDate, { nil: undefined }),
    now: fc.integer({ min: at('2025-06-01T00:00:00Z'), max: at('2026-09-01T00:00:00Z') }),
  });

  type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

  function build(c: Case) {
    return input({
      person: person({ stage: c.stage, referredById: c.referred ? 'p0' : undefined, snoozedUntil: c.snoozedUntil }),
      touches: c.touches.map((t, i) =>
        touch(t.kind, t.at, { id: `x${i}`, createdAt: 0, promisedFollowUpAt: t.promise }),
      ),
      meetings: c.meetings.map((m, i) =>
        meeting(m.at, {
          id: `m${i}`,
          status: m.status,
          notes: m.notes,
          referrals: [{ personId: 'r', nameAllowed: true, checkBackAt: m.checkBackAt }],
        }),
      ),
      settings: settings({ timeZone: c.zone }),
      now: c.now,
    });
  }

  it('always a valid NextAction for a target, respecting the snooze, whatever the order of the touches', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const cadence = build(c);
        const action = computeNextAction(cadence);
        if (!action) return c.touches.some((t) => t.kind === 'declined');
        expect(NEXT_ACTION_KINDS).toContain(action.kind);
        expect(Number.isFinite(action.due)).toBe(true);
        expect(NextAction.safeParse(action).success).toBe(true);
        if (
          c.snoozedUntil !== undefined &&
          Number.isFinite(c.snoozedUntil) &&
          Math.abs(c.snoozedUntil) < 8e15 &&
          c.snoozedUntil > c.now
        ) {
          expect(action.due).toBeGreaterThanOrEqual(Math.min(c.snoozedUntil, LATEST_DATE));
        }
        const reversed = computeNextAction({
          ...cadence,
          touches: [...cadence.touches].reverse(),
          meetings: [...cadence.meetings].reverse(),
        });
        expect(reversed).toEqual(action);
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('candidates never get a next action', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        expect(
          computeNextAction({ ...build(c), person: person({ kind: 'candidate', stage: undefined }) }),
        ).toBeUndefined();
      }),
      { numRuns: 50 },
    );
  });
});
