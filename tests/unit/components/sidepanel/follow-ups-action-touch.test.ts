import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, TOUCH_KINDS } from '@/lib/domain/model';
import { doneEffect, draftMomentFor, isAnsweredStep, touchKindForAction } from '@/lib/domain/cadence/action-touch';
import { NEXT_ACTION_KINDS } from '@/lib/domain/cadence/cadence';
import { skipUntil, snoozeDates, snoozeUntil } from '@/lib/domain/cadence/snooze';

describe('touchKindForAction', () => {
  it('maps each action the user can do another way to the touch it implies', () => {
    expect(touchKindForAction('send-request')).toBe('request');
    expect(touchKindForAction('contact-referral')).toBe('request');
    expect(touchKindForAction('follow-up')).toBe('follow-up');
    expect(touchKindForAction('resend-with-note')).toBe('follow-up');
    expect(touchKindForAction('send-thank-you')).toBe('thank-you');
    expect(touchKindForAction('thank-introducer')).toBe('thank-introducer');
    expect(touchKindForAction('check-back-referrer')).toBe('check-back');
    expect(touchKindForAction('keep-in-touch')).toBe('update');
  });

  it('logs nothing for preparing, notes, moving on, or unknown kinds', () => {
    for (const kind of [
      'prepare-meeting',
      'write-notes',
      'try-another-route',
      'move-on',
      'nonsense',
      'toString',
      '__proto__',
    ]) {
      expect(touchKindForAction(kind)).toBeUndefined();
    }
  });

  it('only ever returns real touch kinds', () => {
    for (const kind of NEXT_ACTION_KINDS) {
      const touch = touchKindForAction(kind);
      if (touch) expect(TOUCH_KINDS).toContain(touch);
    }
  });
});

describe('doneEffect', () => {
  it('logs a follow-up for a follow-up step, and books the meeting when they answered', () => {
    expect(doneEffect({ kind: 'follow-up', templateMoment: 'follow-up-1' })).toEqual({
      type: 'touch',
      kind: 'follow-up',
    });
    expect(isAnsweredStep({ kind: 'follow-up' })).toBe(true);
    expect(doneEffect({ kind: 'follow-up' })).toEqual({ type: 'schedule-meeting' });
  });

  it('snoozes a prepared meeting, opens the meeting for notes, and asks before moving on', () => {
    expect(doneEffect({ kind: 'prepare-meeting' })).toEqual({ type: 'snooze-until-meeting' });
    expect(doneEffect({ kind: 'write-notes' })).toEqual({ type: 'open-meeting' });
    expect(doneEffect({ kind: 'try-another-route' })).toEqual({ type: 'move-on' });
    expect(doneEffect({ kind: 'move-on' })).toEqual({ type: 'move-on' });
    expect(doneEffect({ kind: 'send-thank-you', templateMoment: 'thank-you' })).toEqual({
      type: 'touch',
      kind: 'thank-you',
    });
  });

  it('has an answer for every next-action kind the cadence produces', () => {
    for (const kind of NEXT_ACTION_KINDS) expect(doneEffect({ kind, templateMoment: 'follow-up-1' })).toBeDefined();
  });
});

describe('draftMomentFor', () => {
  it('uses the action’s own template moment first', () => {
    expect(draftMomentFor({ kind: 'follow-up', templateMoment: 'follow-up-2' }, 'direct-ask')).toBe('follow-up-2');
    expect(draftMomentFor({ kind: 'contact-referral', templateMoment: 'referred-pitch' }, 'cold-email')).toBe(
      'referred-pitch',
    );
  });

  it('drafts a first request by the approach', () => {
    expect(draftMomentFor({ kind: 'send-request' }, 'direct-ask')).toBe('direct-ask');
    expect(draftMomentFor({ kind: 'send-request' }, 'introduction-request')).toBe('introduction-request');
    expect(draftMomentFor({ kind: 'send-request' }, 'referred-cold-email')).toBe('referred-pitch');
    expect(draftMomentFor({ kind: 'send-request' }, 'none')).toBe('cold-email');
    expect(draftMomentFor({ kind: 'contact-referral' })).toBe('cold-email');
  });

  it('fits the kind when no moment is given, and drafts nothing where no message fits', () => {
    expect(draftMomentFor({ kind: 'resend-with-note' })).toBe('follow-up-2');
    expect(draftMomentFor({ kind: 'keep-in-touch' })).toBe('progress-update');
    expect(draftMomentFor({ kind: 'check-back-referrer' })).toBe('check-back');
    expect(draftMomentFor({ kind: 'follow-up' })).toBeUndefined();
    expect(draftMomentFor({ kind: 'write-notes' })).toBeUndefined();
    expect(draftMomentFor({ kind: 'prepare-meeting' })).toBeUndefined();
    expect(draftMomentFor({ kind: 'move-on' })).toBeUndefined();
    expect(draftMomentFor({ kind: 'send-thank-you', templateMoment: 'not-a-moment' })).toBe('thank-you');
  });
});

describe('snooze dates', () => {
  const settings = { ...DEFAULT_SETTINGS, timeZone: 'Europe/Paris' };
  // Thursday 13 March 2025, 10:00 in Paris.
  const thursday = Date.UTC(2025, 2, 13, 9);

  it('snoozes to the start of tomorrow, of the next calling day, and of a week from today', () => {
    expect(snoozeUntil('day', thursday, settings)).toBe(Date.UTC(2025, 2, 13, 23));
    // Friday is not a calling day: the next is Tuesday 18 March.
    expect(snoozeUntil('calling-day', thursday, settings)).toBe(Date.UTC(2025, 2, 17, 23));
    expect(snoozeUntil('week', thursday, settings)).toBe(Date.UTC(2025, 2, 19, 23));
  });

  it('skips to the next cycle: followUpDays ahead, on a calling day', () => {
    expect(skipUntil(thursday, settings)).toBe(Date.UTC(2025, 2, 19, 23));
    expect(skipUntil(thursday, { ...settings, followUpDays: 2 })).toBe(Date.UTC(2025, 2, 17, 23));
  });

  it('keeps local midnight across the daylight-saving change', () => {
    // Paris moves to summer time on 30 March 2025: midnight is then 22:00 UTC.
    const friday = Date.UTC(2025, 2, 28, 9);
    expect(snoozeUntil('week', friday, settings)).toBe(Date.UTC(2025, 3, 3, 22));
  });
});

describe('snoozeDates', () => {
  it('computes every offered date at once', () => {
    const settings = { ...DEFAULT_SETTINGS, timeZone: 'Europe/Paris' };
    const thursday = Date.UTC(2025, 2, 13, 9);
    expect(snoozeDates(thursday, settings)).toEqual({
      day: snoozeUntil('day', thursday, settings),
      'calling-day': snoozeUntil('calling-day', thursday, settings),
      week: snoozeUntil('week', thursday, settings),
      skip: skipUntil(thursday, settings),
    });
  });
});
