import { describe, expect, it } from 'vitest';
import { reasonText } from '@/lib/domain/labels';
import type { Meeting } from '@/lib/domain/model/meeting';
import type { Touch } from '@/lib/domain/model/touch';
import {
  checkBackInWindow,
  computeNextAction,
  defaultCheckBackAt,
  followUpGroup,
  isWaitingOnThem,
} from '@/lib/domain/cadence/cadence';
import { DAY, at, input, iso, meeting, person, settings, touch } from './cadence-fixtures';

const PARIS = 'Europe/Paris';
const MEETING_AT = at('2026-04-15T12:30:00+02:00'); // Wednesday, 20 minutes
const END = at('2026-04-15T12:50:00+02:00');
const CHECK_BACK = at('2026-04-23T10:00:00+02:00'); // Thursday, 8 days later
const referred = person({ stage: 'scheduled', referredById: 'p0', referrerNameAllowed: true });
const before: Touch[] = [
  touch('request', at('2026-04-01T10:00:00+02:00')),
  touch('reply', at('2026-04-03T10:00:00+02:00')),
];

function next(now: number, touches: Touch[], meetings: Meeting[], who = referred) {
  return computeNextAction(input({ person: who, touches, meetings, introducerName: 'Grace Hopper', now }));
}

describe('the meeting lifecycle (referred by Grace Hopper, Europe/Paris)', () => {
  const booked = meeting(MEETING_AT, { createdAt: at('2026-04-08T10:00:00+02:00'), questions: ['How did you start?'] });
  const held = { ...booked, status: 'done' as const };
  const withNotes = { ...held, notes: 'Loves research ops.', notesWrittenAt: END + 3_600_000 };
  const withReferral = { ...withNotes, referrals: [{ personId: 'p2', nameAllowed: true, checkBackAt: CHECK_BACK }] };
  const thanked = [...before, touch('thank-you', at('2026-04-16T09:00:00+02:00'))];
  const introducerThanked = [...thanked, touch('thank-introducer', at('2026-04-16T09:30:00+02:00'))];

  it('1. before: prepare, due at the start of the day before the meeting', () => {
    const action = next(at('2026-04-10T12:00:00+02:00'), before, [booked]);
    expect(action?.kind).toBe('prepare-meeting');
    expect(iso(action!.due)).toBe(iso(at('2026-04-14T00:00:00+02:00')));
    expect(reasonText(action?.reason)).toContain('review your 1 question and');
    expect(followUpGroup(action!.due, at('2026-04-10T12:00:00+02:00'), PARIS)).toBe('this-week');
    expect(followUpGroup(action!.due, at('2026-04-14T09:00:00+02:00'), PARIS)).toBe('today');
  });

  it('1b. a meeting booked for this afternoon is due now, not overdue', () => {
    const sameDay = meeting(at('2026-04-15T16:00:00+02:00'), { createdAt: at('2026-04-15T11:00:00+02:00') });
    const now = at('2026-04-15T11:05:00+02:00');
    const action = next(now, before, [sameDay]);
    expect(action?.due).toBe(sameDay.createdAt);
    expect(followUpGroup(action!.due, now, PARIS)).toBe('today');
  });

  it('2. from the start, with no notes: write notes, due when it ends', () => {
    expect(next(at('2026-04-15T12:40:00+02:00'), before, [booked])).toMatchObject({ kind: 'write-notes', due: END });
    expect(next(at('2026-04-15T13:00:00+02:00'), before, [held])).toMatchObject({ kind: 'write-notes', due: END });
  });

  it('3. notes written: the thank-you, due 48 hours after the end, overdue after that day', () => {
    const action = next(at('2026-04-15T14:00:00+02:00'), before, [withNotes]);
    expect(action).toMatchObject({ kind: 'send-thank-you', templateMoment: 'thank-you', due: END + 2 * DAY });
    expect(followUpGroup(action!.due, at('2026-04-15T14:00:00+02:00'), PARIS)).toBe('this-week');
    expect(followUpGroup(action!.due, at('2026-04-17T09:00:00+02:00'), PARIS)).toBe('today');
    expect(followUpGroup(action!.due, at('2026-04-18T09:00:00+02:00'), PARIS)).toBe('overdue');
  });

  it('3b. a thank-you logged without notes stops asking for notes', () => {
    expect(next(at('2026-04-16T10:00:00+02:00'), thanked, [held])?.kind).toBe('thank-introducer');
  });

  it('4. thank-you sent: thank the introducer (named), by the same 48-hour mark', () => {
    const action = next(at('2026-04-16T10:00:00+02:00'), thanked, [withReferral]);
    expect(action).toMatchObject({ kind: 'thank-introducer', templateMoment: 'thank-introducer', due: END + 2 * DAY });
    expect(reasonText(action?.reason)).toContain('Grace Hopper');
    expect(reasonText(action?.reason)).toContain('Ada Lovelace');
  });

  it('4b. a late thank-you makes the introducer’s thanks due at once', () => {
    const late = [...before, touch('thank-you', at('2026-04-20T09:00:00+02:00'))];
    expect(next(at('2026-04-20T10:00:00+02:00'), late, [withNotes])?.due).toBe(at('2026-04-20T09:00:00+02:00'));
  });

  it('5. introducer thanked: check back with the referrer exactly on the agreed date', () => {
    const action = next(at('2026-04-16T10:00:00+02:00'), introducerThanked, [withReferral]);
    expect(action).toMatchObject({ kind: 'check-back-referrer', due: CHECK_BACK, templateMoment: 'check-back' });
  });

  it('6. checked back: keep in touch 60 days after the last touch, on a calling day', () => {
    const done = [...introducerThanked, touch('check-back', at('2026-04-23T10:30:00+02:00'))];
    const action = next(at('2026-04-23T11:00:00+02:00'), done, [withReferral]);
    expect(action?.kind).toBe('keep-in-touch');
    expect(action?.templateMoment).toBe('progress-update');
    // Thu 23 Apr + 60 days = Mon 22 Jun → Tue 23 Jun, same time.
    expect(iso(action!.due)).toBe(iso(at('2026-06-23T10:30:00+02:00')));
    const updated = [...done, touch('update', at('2026-06-23T11:00:00+02:00'))];
    // Tue 23 Jun + 60 days = Sat 22 Aug → Tue 25 Aug.
    expect(iso(next(at('2026-06-24T09:00:00+02:00'), updated, [withReferral])!.due)).toBe(
      iso(at('2026-08-25T11:00:00+02:00')),
    );
  });
});

describe('around meetings', () => {
  const done = meeting(MEETING_AT, { status: 'done', notes: 'n' });
  const plain = person({ stage: 'met' });

  it('not introduced: after the thank-you, straight to keep in touch from the meeting', () => {
    const touches = [
      touch('request', at('2026-04-01T10:00:00+02:00')),
      touch('thank-you', at('2026-04-15T18:00:00+02:00')),
    ];
    const action = computeNextAction(
      input({ person: plain, touches, meetings: [done], now: at('2026-04-16T10:00:00+02:00') }),
    );
    expect(action?.kind).toBe('keep-in-touch');
  });

  it('introduced through an introduction request: thank the introducer too', () => {
    const touches = [
      touch('introduction-request', at('2026-04-01T10:00:00+02:00'), { introducerId: 'p9' }),
      touch('thank-you', at('2026-04-15T18:00:00+02:00')),
    ];
    const action = computeNextAction(
      input({ person: plain, touches, meetings: [done], now: at('2026-04-16T10:00:00+02:00') }),
    );
    expect(action?.kind).toBe('thank-introducer');
    expect(reasonText(action?.reason)).toContain('whoever introduced you');
  });

  it('a cancelled meeting is ignored: they answered, so agree a time', () => {
    const touches = [touch('reply', at('2026-04-03T10:00:00+02:00'))];
    const meetings = [meeting(MEETING_AT, { status: 'cancelled' })];
    const who = person({ stage: 'scheduled' });
    const action = computeNextAction(input({ person: who, touches, meetings, now: at('2026-04-16T10:00:00+02:00') }));
    expect(reasonText(action?.reason)).toMatch(/agree a time/);
  });

  it('the earliest owed wins: an overdue thank-you before preparing the next meeting', () => {
    const second = meeting(at('2026-04-20T09:00:00+02:00'), { id: 'm2', createdAt: at('2026-04-16T09:00:00+02:00') });
    const now = at('2026-04-19T10:00:00+02:00');
    expect(computeNextAction(input({ person: plain, meetings: [second, done], now }))?.kind).toBe('send-thank-you');
    const thanks = [touch('thank-you', at('2026-04-16T09:00:00+02:00'))];
    const action = computeNextAction(input({ person: plain, touches: thanks, meetings: [second, done], now }));
    expect(action).toMatchObject({ kind: 'prepare-meeting', due: at('2026-04-19T00:00:00+02:00') });
  });

  it('check-backs: one per agreed date; a check-back covers dates up to its day, an early one the earliest', () => {
    const later = at('2026-04-24T15:00:00+02:00');
    const referrals = [
      { personId: 'a', nameAllowed: true, checkBackAt: CHECK_BACK },
      { personId: 'b', nameAllowed: true, checkBackAt: CHECK_BACK },
      { personId: 'c', nameAllowed: false, checkBackAt: later },
      { personId: 'd', nameAllowed: true },
    ];
    const m = { ...done, referrals };
    const thanks = [touch('thank-you', at('2026-04-15T18:00:00+02:00'))];
    const now = at('2026-04-16T10:00:00+02:00');
    const first = computeNextAction(input({ person: plain, touches: thanks, meetings: [m], now }));
    expect(first).toMatchObject({ kind: 'check-back-referrer', due: CHECK_BACK });
    expect(reasonText(first?.reason)).toContain('2 people');
    const early = [...thanks, touch('check-back', at('2026-04-21T10:00:00+02:00'))];
    expect(computeNextAction(input({ person: plain, touches: early, meetings: [m], now }))?.due).toBe(later);
    const onTheDay = [...thanks, touch('check-back', at('2026-04-24T09:00:00+02:00'))];
    expect(computeNextAction(input({ person: plain, touches: onTheDay, meetings: [m], now }))?.kind).toBe(
      'keep-in-touch',
    );
  });

  it('an agreed check-back is kept exactly even outside 7–10 days (a promise); the window is checked separately', () => {
    const monday = at('2026-04-20T08:00:00+02:00');
    const m = { ...done, referrals: [{ personId: 'a', nameAllowed: true, checkBackAt: monday }] };
    const thanks = [touch('thank-you', at('2026-04-15T18:00:00+02:00'))];
    const action = computeNextAction(
      input({ person: plain, touches: thanks, meetings: [m], now: at('2026-04-16T10:00:00+02:00') }),
    );
    expect(action?.due).toBe(monday);
    expect(checkBackInWindow(MEETING_AT, monday, PARIS)).toBe(false);
    expect(checkBackInWindow(MEETING_AT, CHECK_BACK, PARIS)).toBe(true);
    expect(checkBackInWindow(MEETING_AT, at('2026-04-22T00:00:00+02:00'), PARIS)).toBe(true); // day 7
    expect(checkBackInWindow(MEETING_AT, at('2026-04-25T23:59:00+02:00'), PARIS)).toBe(true); // day 10
    expect(checkBackInWindow(MEETING_AT, at('2026-04-26T00:00:00+02:00'), PARIS)).toBe(false); // day 11
  });

  it.each([
    ['Wed 15 Apr', '2026-04-15T12:30:00+02:00', '2026-04-22T12:30:00+02:00'],
    ['Fri 17 Apr (no calling day in 7–10: the 7th day)', '2026-04-17T12:30:00+02:00', '2026-04-24T12:30:00+02:00'],
    ['Sat 18 Apr → Tue 28 (10th day)', '2026-04-18T12:30:00+02:00', '2026-04-28T12:30:00+02:00'],
    ['Mon 20 Apr → Tue 28 (8th day)', '2026-04-20T12:30:00+02:00', '2026-04-28T12:30:00+02:00'],
    ['Mon 23 Mar, across the DST change', '2026-03-23T12:30:00+01:00', '2026-03-31T12:30:00+02:00'],
  ])('default check-back date after a meeting on %s', (_label, meetingAt, expected) => {
    const proposed = defaultCheckBackAt(at(meetingAt), settings());
    expect(iso(proposed)).toBe(iso(at(expected)));
    expect(checkBackInWindow(at(meetingAt), proposed, PARIS)).toBe(true);
  });

  it('marked met without a meeting on record: keep in touch from the last touch', () => {
    const touches = [touch('call', at('2026-04-01T10:00:00+02:00'))];
    const action = computeNextAction(input({ person: plain, touches, now: at('2026-04-16T10:00:00+02:00') }));
    // Wed 1 Apr + 60 days = Sun 31 May → Tue 2 Jun.
    expect(action?.kind).toBe('keep-in-touch');
    expect(iso(action!.due)).toBe(iso(at('2026-06-02T10:00:00+02:00')));
    expect(isWaitingOnThem(action!, at('2026-04-16T10:00:00+02:00'))).toBe(false);
  });
});
