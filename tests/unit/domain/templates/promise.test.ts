/**
 * One date per promise (issue 15 item 3): the day a draft states and the
 * follow-up date recorded are one value; a hand-edited text still naming the
 * old day is caught.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/domain/model';
import { followUpDate } from '@/lib/domain/cadence/cadence';
import { builtInTemplateFor } from '@/lib/domain/templates/built-in';
import { composeDraft } from '@/lib/domain/templates/compose-draft';
import { promisedSlot, staleDayIn } from '@/lib/domain/templates/promise';

const settings = { ...DEFAULT_SETTINGS, myName: 'Alex Martin', timeZone: 'Europe/Paris' };
const NOW = Date.UTC(2026, 11, 7, 9); // Monday 7 December 2026
const person = { name: 'Maya Chen', company: 'Acme', referredByName: 'Sam Lee' };
const compose = (moment: Parameters<typeof builtInTemplateFor>[0], promisedAt?: number) =>
  composeDraft({ template: builtInTemplateFor(moment), person, settings, now: NOW, ...(promisedAt ? { promisedAt } : {}) });

describe('the promised day and the follow-up date', () => {
  it('a referred pitch promises the call on the follow-up date: by default the method’s (a week, on a calling day)', () => {
    const draft = compose('referred-pitch');
    expect(draft.promisesDay).toBe(true);
    expect(draft.followUpAt).toBe(followUpDate(NOW, settings));
    expect(draft.body).toContain('I will call you on Tuesday 15 December');
  });

  it('changing the date re-renders the sentence, and the date recorded is that date', () => {
    const wednesday = Date.UTC(2026, 11, 9, 8);
    const draft = compose('referred-pitch', wednesday);
    expect(draft.body).toContain('I will call you on Wednesday 9 December');
    expect(draft.body).not.toContain('15 December');
    expect(draft.followUpAt).toBe(wednesday);
  });

  it('every built-in promising a day states the date it records', () => {
    for (const moment of ['cold-email', 'referred-pitch', 'follow-up-1', 'follow-up-2', 'voicemail', 'referral-ask'] as const) {
      const draft = compose(moment, Date.UTC(2026, 11, 17, 8));
      if (promisedSlot(builtInTemplateFor(moment))) expect(draft.body, moment).toContain('Thursday 17 December');
    }
  });

  it('a template without a promised day says so', () => {
    expect(promisedSlot(builtInTemplateFor('thank-you'))).toBeUndefined();
    expect(compose('thank-you').promisesDay).toBe(false);
    expect(promisedSlot({ body: 'I will call on {{ CALLDAY }}' })).toBe('callDay');
  });
});

describe('text edited by hand', () => {
  const tuesday = Date.UTC(2026, 11, 15, 8);
  it('names the old day it still promises', () => {
    expect(staleDayIn('Hi Maya, I will call you on Wednesday 9 December.', tuesday, 'Europe/Paris')).toBe('Wednesday 9 December');
  });
  it('is fine when it says the promised day, or names none', () => {
    expect(staleDayIn('I will call you on Tuesday 15 December.', tuesday, 'Europe/Paris')).toBeUndefined();
    expect(staleDayIn('I will call you soon.', tuesday, 'Europe/Paris')).toBeUndefined();
  });
});
