/**
 * The introducer's thread (issue 15): asked → agreed / declined / no answer →
 * introduced (or "I'll ask first: check back on <date>") → thanked, and what
 * the cadence owes at each step, to whom. Paris time; calling days Tue–Thu.
 */
import { describe, expect, it } from 'vitest';
import { reasonText } from '@/lib/domain/labels';
import { computeNextAction, introducerThread } from '@/lib/domain/cadence/cadence';
import type { Touch } from '@/lib/domain/model/touch';
import { at, input, iso, meeting, person, touch } from './cadence-fixtures';

const ASKED = at('2026-03-03T10:00:00+01:00'); // a Tuesday
/** Asked through "Laetitia", the first name a 2026 page shows: no person linked. */
const ask = (extra: Partial<Touch> = {}) =>
  touch('introduction-request', ASKED, { appNote: { code: 'introducer', params: ['Laetitia'] }, ...extra });
const next = (touches: Touch[], now: number, extra = {}) =>
  computeNextAction(input({ person: person({ name: 'Maya Chen' }), touches, now, ...extra }));
const LATER = at('2026-06-01T12:00:00+02:00');

describe('asked, no answer', () => {
  it('follow up the introducer about a week later, on a calling day, greeting the introducer', () => {
    const action = next([ask()], at('2026-03-04T12:00:00+01:00'));
    expect(action).toMatchObject({ kind: 'follow-up', templateMoment: 'follow-up-1', recipient: 'introducer' });
    expect(iso(action!.due)).toBe(iso(at('2026-03-10T10:00:00+01:00')));
    expect(reasonText(action?.reason)).toBe('No answer from Laetitia about Maya Chen yet: send Laetitia a short follow-up.');
  });

  it('a promised follow-up date is kept exactly', () => {
    const promised = at('2026-03-09T08:30:00+01:00');
    expect(next([ask({ promisedFollowUpAt: promised })], ASKED)?.due).toBe(promised);
  });

  it('a second follow-up after the first, then another route after three unanswered', () => {
    const first = touch('follow-up', at('2026-03-10T10:00:00+01:00'));
    const two = next([ask(), first], at('2026-03-11T12:00:00+01:00'));
    expect(two).toMatchObject({ kind: 'follow-up', templateMoment: 'follow-up-2', recipient: 'introducer' });
    expect(iso(two!.due)).toBe(iso(at('2026-03-17T10:00:00+01:00')));
    const second = touch('follow-up', at('2026-03-17T10:00:00+01:00'));
    expect(next([ask(), first, second], at('2026-03-18T12:00:00+01:00'))?.kind).toBe('try-another-route');
  });

  it('the thread records who was asked: a linked person or the typed name', () => {
    const thread = introducerThread([touch('introduction-request', ASKED, { introducerId: 'p9' })], (a) => a);
    expect(thread).toMatchObject({ state: 'asked', introducerId: 'p9', askedAt: ASKED });
    expect(introducerThread([ask()], (a) => a)?.introducerName).toBe('Laetitia');
    expect(introducerThread([touch('request', ASKED)], (a) => a)).toBeUndefined();
  });
});

describe('what the introducer said', () => {
  it('agreed: check in with the introducer a week later if no introduction came', () => {
    const agreed = touch('introducer-agreed', at('2026-03-05T10:00:00+01:00'));
    const action = next([ask(), agreed], at('2026-03-06T12:00:00+01:00'));
    expect(action).toMatchObject({ kind: 'follow-up', recipient: 'introducer', reason: { code: 'introducer-agreed' } });
    expect(iso(action!.due)).toBe(iso(at('2026-03-12T10:00:00+01:00')));
  });

  it('declined: try another route now; a later direct request starts the target thread', () => {
    const declined = touch('introducer-declined', at('2026-03-05T10:00:00+01:00'));
    const action = next([ask(), declined], at('2026-03-06T12:00:00+01:00'));
    expect(action).toMatchObject({ kind: 'try-another-route', due: declined.at, reason: { code: 'introducer-declined' } });
    expect(action?.recipient).toBeUndefined();
    const cold = touch('request', at('2026-03-10T10:00:00+01:00'));
    const after = next([ask(), declined, cold], at('2026-03-11T12:00:00+01:00'));
    expect(after).toMatchObject({ kind: 'follow-up', templateMoment: 'follow-up-1' });
    expect(after?.recipient).toBeUndefined();
  });

  it('asks first with no date: check back with the introducer 7–10 days later, on a calling day', () => {
    const first = touch('introducer-asks-first', at('2026-03-06T10:00:00+01:00')); // a Friday
    const action = next([ask(), first], at('2026-03-07T12:00:00+01:00'));
    expect(action).toMatchObject({ kind: 'check-back-introducer', templateMoment: 'check-back-introducer', recipient: 'introducer' });
    // Friday + 7 = Friday 13; the next calling day (Tuesday 17) is past the 10th day, so the 13th.
    expect(iso(action!.due)).toBe(iso(at('2026-03-13T10:00:00+01:00')));
    expect(reasonText(action?.reason)).toContain('check back with Laetitia');
  });

  it('asks first with the date they gave: that date, exactly', () => {
    const given = at('2026-03-16T09:00:00+01:00');
    const first = touch('introducer-asks-first', at('2026-03-05T10:00:00+01:00'), { promisedFollowUpAt: given });
    expect(next([ask(), first], at('2026-03-06T12:00:00+01:00'))?.due).toBe(given);
  });

  it('the check-back logged waits for their answer again: follow up a week later', () => {
    const first = touch('introducer-asks-first', at('2026-03-05T10:00:00+01:00'));
    const checked = touch('check-back', at('2026-03-12T10:00:00+01:00'));
    const action = next([ask(), first, checked], at('2026-03-13T12:00:00+01:00'));
    expect(action).toMatchObject({ kind: 'follow-up', recipient: 'introducer' });
    expect(iso(action!.due)).toBe(iso(at('2026-03-19T10:00:00+01:00')));
  });
});

describe('every transition of the thread', () => {
  const states = (touches: Touch[]) => introducerThread(touches, (a) => a + 7 * 86_400_000)?.state;
  const t = (kind: Touch['kind'], day: number) => touch(kind, ASKED + day * 86_400_000);
  it.each([
    ['asked', [] as Touch['kind'][], 'asked'],
    ['asked → agreed', ['introducer-agreed'], 'agreed'],
    ['asked → declined', ['introducer-declined'], 'declined'],
    ['asked → asks first', ['introducer-asks-first'], 'asks-first'],
    ['asked → introduced', ['introduced'], 'introduced'],
    ['asked → follow-up (no answer) → agreed → introduced', ['follow-up', 'introducer-agreed', 'introduced'], 'introduced'],
    ['agreed → a nudge to the introducer: waiting again', ['introducer-agreed', 'follow-up'], 'asked'],
    ['asks first → checked back: waiting again', ['introducer-asks-first', 'check-back'], 'asked'],
    ['asks first → checked back → introduced', ['introducer-asks-first', 'check-back', 'introduced'], 'introduced'],
    ['asks first → declined', ['introducer-asks-first', 'introducer-declined'], 'declined'],
    ['introduced → thanked stays introduced', ['introduced', 'thank-introducer'], 'introduced'],
  ] as const)('%s', (_name, kinds, state) => {
    expect(states([ask(), ...kinds.map((kind, i) => t(kind, i + 1))])).toBe(state);
  });

  it('asks first without a date: the default check-back date is kept on the thread', () => {
    const thread = introducerThread([ask(), t('introducer-asks-first', 2)], (a) => a + 8 * 86_400_000);
    expect(thread?.checkBackAt).toBe(ASKED + 10 * 86_400_000);
  });
});

describe('introduced: the target thread starts', () => {
  const introduced = touch('introduced', at('2026-03-11T10:00:00+01:00'));
  const nudge = touch('follow-up', at('2026-03-10T10:00:00+01:00'));

  it('write to the target naming the introducer, from the introduction', () => {
    const action = next([ask(), nudge, introduced], at('2026-03-11T12:00:00+01:00'));
    expect(action).toMatchObject({ kind: 'contact-referral', due: introduced.at, templateMoment: 'referred-pitch' });
    expect(action?.recipient).toBeUndefined();
    expect(reasonText(action?.reason)).toContain('Laetitia introduced you to Maya Chen');
  });

  it('messages to the introducer do not count toward the target follow-ups', () => {
    const request = touch('request', at('2026-03-11T11:00:00+01:00'));
    const action = next([ask(), nudge, introduced, request], at('2026-03-12T12:00:00+01:00'));
    expect(action).toMatchObject({ kind: 'follow-up', templateMoment: 'follow-up-1' });
    expect(action?.recipient).toBeUndefined();
    expect(iso(action!.due)).toBe(iso(at('2026-03-18T11:00:00+01:00')));
  });

  it('writing directly "using their name" starts the target thread too', () => {
    const request = touch('request', at('2026-03-06T11:00:00+01:00'));
    expect(introducerThread([ask(), request], (a) => a)?.state).toBe('introduced');
    expect(next([ask(), request], at('2026-03-07T12:00:00+01:00'))?.recipient).toBeUndefined();
  });

  it('the target answering starts it as well: agree a time with them', () => {
    const reply = touch('reply', at('2026-03-06T11:00:00+01:00'));
    expect(next([ask(), reply], at('2026-03-07T12:00:00+01:00'))?.reason.code).toBe('schedule-meeting');
  });
});

describe('thanked', () => {
  const MET = at('2026-03-24T10:00:00+01:00');
  const held = meeting(MET, { status: 'done', notes: 'Great talk' });
  const thanks = touch('thank-you', at('2026-03-24T18:00:00+01:00'));
  const history = () => [ask(), touch('introduced', at('2026-03-11T10:00:00+01:00')), touch('request', at('2026-03-11T11:00:00+01:00'))];

  it('after the meeting and the thank-you, thank the introducer known only by a first name', () => {
    const action = next([...history(), thanks], LATER, { meetings: [held] });
    expect(action).toMatchObject({ kind: 'thank-introducer', templateMoment: 'thank-introducer', recipient: 'introducer' });
    expect(reasonText(action?.reason)).toContain('Thank Laetitia for the introduction to Maya Chen');
  });

  it('once thanked, keep in touch', () => {
    const thanked = touch('thank-introducer', at('2026-03-25T10:00:00+01:00'));
    expect(next([...history(), thanks, thanked], LATER, { meetings: [held] })?.kind).toBe('keep-in-touch');
  });

  it('the thread keeps when the introducer was thanked', () => {
    const thanked = touch('thank-introducer', at('2026-03-25T10:00:00+01:00'));
    expect(introducerThread([...history(), thanked], (a) => a)).toMatchObject({ state: 'introduced', thankedAt: thanked.at });
  });
});
