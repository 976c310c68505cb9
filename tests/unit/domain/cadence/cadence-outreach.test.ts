import { describe, expect, it } from 'vitest';
import { reasonText } from '@/lib/domain/labels';
import { computeNextAction, unansweredMessages } from '@/lib/domain/cadence/cadence';
import { DAY, at, input, iso, person, settings, touch } from './cadence-fixtures';

const NOW = at('2026-03-20T12:00:00+01:00');

describe('who gets no next action', () => {
  it.each([
    ['a candidate', person({ kind: 'candidate', stage: undefined })],
    ['a target marked declined', person({ stage: 'declined' })],
    ['a target marked moved-on', person({ stage: 'moved-on' })],
  ])('%s', (_label, who) => {
    const touches = [touch('request', at('2026-03-03T10:00:00+01:00'))];
    expect(computeNextAction(input({ person: who, touches, now: NOW }))).toBeUndefined();
  });

  it('a target whose latest answer is a decline', () => {
    const touches = [
      touch('request', at('2026-03-03T10:00:00+01:00')),
      touch('declined', at('2026-03-04T10:00:00+01:00')),
    ];
    expect(computeNextAction(input({ touches, now: NOW }))).toBeUndefined();
  });

  it('but a reply after an earlier decline reopens the sequence', () => {
    const touches = [
      touch('declined', at('2026-03-04T10:00:00+01:00')),
      touch('reply', at('2026-03-10T10:00:00+01:00')),
    ];
    expect(computeNextAction(input({ touches, now: NOW }))?.kind).toBe('follow-up');
  });
});

describe('first contact', () => {
  it('a target with no request yet: send the request now, template left to the approach', () => {
    const action = computeNextAction(input({ person: person({ stage: 'to-contact' }), now: NOW }));
    expect(action).toMatchObject({ kind: 'send-request', due: NOW });
    expect(action?.templateMoment).toBeUndefined();
  });

  it('touches that are not messages (an update) do not count as a request', () => {
    const action = computeNextAction(input({ touches: [touch('update', NOW - DAY)], now: NOW }));
    expect(action?.kind).toBe('send-request');
  });

  it('a referred target: the warm pitch naming the referrer', () => {
    const action = computeNextAction(
      input({
        person: person({ referredById: 'p0', referrerNameAllowed: true }),
        introducerName: 'Grace Hopper',
        now: NOW,
      }),
    );
    expect(action).toMatchObject({ kind: 'contact-referral', due: NOW, templateMoment: 'referred-pitch' });
    expect(reasonText(action?.reason)).toContain('Grace Hopper');
  });

  it('a referrer who did not allow their name: no referred pitch', () => {
    const action = computeNextAction(
      input({ person: person({ referredById: 'p0', referrerNameAllowed: false }), introducerName: 'Grace', now: NOW }),
    );
    expect(action?.kind).toBe('contact-referral');
    expect(action?.templateMoment).toBeUndefined();
    expect(reasonText(action?.reason)).toContain('did not agree to be named');
  });

  it('a referrer who contacts them first: wait for the agreed check-back date', () => {
    const checkBackAt = at('2026-03-26T09:00:00+01:00');
    const action = computeNextAction(
      input({
        person: person({ referredById: 'p0' }),
        referral: { personId: 'p1', nameAllowed: true, checkBackAt },
        now: NOW,
      }),
    );
    // Issue 15: the pitch is held until the check-back with the referrer is logged (was: contact-referral on the date).
    expect(action).toMatchObject({ kind: 'check-back-referrer', due: checkBackAt, recipient: 'introducer' });
  });

  it('a held referral stays held after the check-back date until the check-back is logged', () => {
    const checkBackAt = at('2026-03-02T09:00:00+01:00');
    const base = { person: person({ referredById: 'p0' }), referral: { personId: 'p1', nameAllowed: true, checkBackAt }, now: NOW };
    expect(computeNextAction(input(base))).toMatchObject({ kind: 'check-back-referrer', due: checkBackAt });
    expect(reasonText(computeNextAction(input(base))?.reason)).toContain('check back with');
    const released = computeNextAction(input({ ...base, referralCheckedBack: true }));
    expect(released).toMatchObject({ kind: 'contact-referral', templateMoment: 'referred-pitch' });
    expect(released?.recipient).toBeUndefined();
  });
});

describe('follow-up about a week later, on Tuesday–Thursday (Europe/Paris)', () => {
  it.each([
    ['Mon', '2026-03-02', '2026-03-10'],
    ['Tue', '2026-03-03', '2026-03-10'],
    ['Wed', '2026-03-04', '2026-03-11'],
    ['Thu', '2026-03-05', '2026-03-12'],
    ['Fri', '2026-03-06', '2026-03-17'],
    ['Sat', '2026-03-07', '2026-03-17'],
    ['Sun', '2026-03-08', '2026-03-17'],
  ])('request on %s %s → follow-up on %s, same time of day', (_day, sent, expected) => {
    const touches = [touch('request', at(`${sent}T10:15:00+01:00`))];
    const action = computeNextAction(input({ touches, now: NOW }));
    expect(action?.kind).toBe('follow-up');
    expect(action?.templateMoment).toBe('follow-up-1');
    expect(iso(action!.due)).toBe(iso(at(`${expected}T10:15:00+01:00`)));
  });

  it('follows followUpDays and the preferred days from settings', () => {
    const touches = [touch('request', at('2026-03-02T10:00:00+01:00'))]; // Monday
    const s = settings({ followUpDays: 3, preferredDays: [1] }); // Thu 5 → Monday 9
    expect(iso(computeNextAction(input({ touches, settings: s, now: NOW }))!.due)).toBe(
      iso(at('2026-03-09T10:00:00+01:00')),
    );
  });

  it('with no preferred day, the follow-up is exactly followUpDays later', () => {
    const touches = [touch('request', at('2026-03-06T10:00:00+01:00'))];
    const action = computeNextAction(input({ touches, settings: settings({ preferredDays: [] }), now: NOW }));
    expect(iso(action!.due)).toBe(iso(at('2026-03-13T10:00:00+01:00')));
  });

  it('a promised date is kept exactly, even on a Monday', () => {
    const promised = at('2026-03-09T08:30:00+01:00'); // Monday
    const touches = [touch('request', at('2026-03-03T10:00:00+01:00'), { promisedFollowUpAt: promised })];
    expect(computeNextAction(input({ touches, now: NOW }))?.due).toBe(promised);
  });

  it('only the latest message’s promise counts', () => {
    const touches = [
      touch('request', at('2026-03-03T10:00:00+01:00'), { promisedFollowUpAt: at('2026-03-09T08:30:00+01:00') }),
      touch('follow-up', at('2026-03-10T10:00:00+01:00')),
    ];
    const action = computeNextAction(input({ touches, now: NOW }));
    expect(action).toMatchObject({ kind: 'follow-up', templateMoment: 'follow-up-2' });
    expect(iso(action!.due)).toBe(iso(at('2026-03-17T10:00:00+01:00')));
  });

  it('an introduction request is followed up the same way', () => {
    const touches = [touch('introduction-request', at('2026-03-04T10:00:00+01:00'), { introducerId: 'p9' })];
    expect(computeNextAction(input({ touches, now: NOW }))).toMatchObject({
      kind: 'follow-up',
      templateMoment: 'follow-up-1',
    });
  });
});

describe('how many unanswered messages', () => {
  const sent = (kinds: Array<'request' | 'follow-up' | 'voicemail' | 'reply'>) =>
    kinds.map((kind, i) => touch(kind, at('2026-02-02T10:00:00+01:00') + i * 7 * DAY));

  it.each([
    [['request'], 'follow-up', 'follow-up-1'],
    [['request', 'follow-up'], 'follow-up', 'follow-up-2'],
    [['request', 'follow-up', 'follow-up'], 'try-another-route', undefined],
    [['request', 'follow-up', 'follow-up', 'request'], 'try-another-route', undefined],
    [['request', 'follow-up', 'follow-up', 'request', 'follow-up'], 'move-on', undefined],
    [['request', 'follow-up', 'follow-up', 'request', 'follow-up', 'follow-up'], 'move-on', undefined],
    [['request', 'voicemail'], 'follow-up', 'follow-up-2'],
    [['request', 'voicemail', 'voicemail'], 'resend-with-note', 'follow-up-2'],
    [['voicemail', 'voicemail'], 'resend-with-note', 'follow-up-2'],
    [['request', 'voicemail', 'voicemail', 'follow-up'], 'try-another-route', undefined],
    [['voicemail', 'voicemail', 'voicemail', 'voicemail', 'voicemail'], 'move-on', undefined],
    [['request', 'follow-up', 'follow-up', 'reply', 'request'], 'follow-up', 'follow-up-1'],
  ] as const)('%j → %s', (kinds, kind, moment) => {
    const action = computeNextAction(input({ touches: sent([...kinds]), now: NOW }));
    expect(action?.kind).toBe(kind);
    expect(action?.templateMoment).toBe(moment);
  });

  it('three unanswered: assume no, try another route, due when the third goes unanswered', () => {
    const touches = sent(['request', 'follow-up', 'follow-up']); // last: Mon 16 Feb
    const action = computeNextAction(input({ touches, now: NOW }));
    expect(reasonText(action?.reason)).toMatch(/assume no/i);
    expect(reasonText(action?.reason)).toMatch(/introducer|cold email/);
    expect(iso(action!.due)).toBe(iso(at('2026-02-24T10:00:00+01:00')));
  });

  it('five unanswered: the hard stop, no more follow-ups', () => {
    const action = computeNextAction(
      input({ touches: sent(['request', 'follow-up', 'follow-up', 'request', 'follow-up']), now: NOW }),
    );
    expect(action?.kind).toBe('move-on');
    expect(reasonText(action?.reason)).toMatch(/hard stop/);
    expect(action?.templateMoment).toBeUndefined();
  });

  it('the limits come from settings', () => {
    const s = settings({ moveOnAfter: 2, hardStopAfter: 4 });
    expect(computeNextAction(input({ touches: sent(['request', 'follow-up']), settings: s, now: NOW }))?.kind).toBe(
      'try-another-route',
    );
    expect(
      computeNextAction(
        input({ touches: sent(['request', 'follow-up', 'follow-up', 'follow-up']), settings: s, now: NOW }),
      )?.kind,
    ).toBe('move-on');
  });

  it('counts only messages after the last answer, in date order whatever the array order', () => {
    const touches = sent(['request', 'follow-up', 'reply', 'follow-up']).reverse();
    expect(unansweredMessages([...touches].sort((a, b) => a.at - b.at)).map((t) => t.kind)).toEqual(['follow-up']);
    expect(computeNextAction(input({ touches, now: NOW }))?.templateMoment).toBe('follow-up-1');
  });
});

describe('they answered', () => {
  it('a reply with no meeting yet: agree a time, owed from the reply', () => {
    const replyAt = at('2026-03-18T16:00:00+01:00');
    const touches = [touch('request', at('2026-03-10T10:00:00+01:00')), touch('reply', replyAt)];
    const action = computeNextAction(input({ touches, now: NOW }));
    expect(action).toMatchObject({ kind: 'follow-up', due: replyAt });
    expect(reasonText(action?.reason)).toMatch(/agree a time/);
    expect(action?.templateMoment).toBeUndefined();
  });

  it('a call that reached them counts as an answer', () => {
    const touches = [touch('request', at('2026-03-10T10:00:00+01:00')), touch('call', at('2026-03-12T10:00:00+01:00'))];
    expect(reasonText(computeNextAction(input({ touches, now: NOW }))?.reason)).toMatch(/answered/);
  });
});
