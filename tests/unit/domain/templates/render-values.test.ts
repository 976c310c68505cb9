import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type ProfileSnapshot, type Settings } from '@/lib/domain/model';
import {
  buildDraftValues,
  builtInTemplateFor,
  firstNameOf,
  formatCallingDay,
  renderDraft,
  spellName,
} from '../outreach-exports';

const FRIDAY = Date.parse('2024-11-29T10:00:00Z');
const ME: Settings = {
  ...DEFAULT_SETTINGS,
  myName: 'Sam  Seeker',
  myEmail: 'sam@example.org',
  myPhone: '+33 6 12 34 56 78',
  targetRole: 'UX research in healthcare',
  timeZone: 'Europe/Paris',
};
const SNAPSHOT: ProfileSnapshot = {
  url: 'https://www.linkedin.com/in/jane/',
  publicId: 'jane',
  pageKind: 'profile',
  name: 'Dr. Jane Doe',
  headline: 'Head of Research',
  company: 'Page Co',
  degree: '2nd',
  mutuals: [],
  missing: [],
};

describe('buildDraftValues', () => {
  it('fills values from the person, settings and dates', () => {
    const v = buildDraftValues({
      person: { name: 'Jane Doe', company: 'Acme', objective: { kind: 'role', detail: 'research operations' } },
      snapshot: SNAPSHOT,
      introducer: { name: 'Ann Lee', firstName: 'Ann' },
      referrerName: 'Rita Ref',
      settings: ME,
      now: FRIDAY,
    });
    expect(v).toEqual({
      fullName: 'Jane Doe',
      firstName: 'Jane',
      company: 'Acme',
      headline: 'Head of Research',
      introducerName: 'Ann Lee',
      introducerFirstName: 'Ann',
      referrerName: 'Rita Ref',
      myName: 'Sam Seeker',
      myFirstName: 'Sam',
      myNameSpelled: 'S-A-M, S-E-E-K-E-R',
      myPhone: '+33 6 12 34 56 78',
      myEmail: 'sam@example.org',
      signature: 'Sam Seeker\n+33 6 12 34 56 78\nsam@example.org',
      objective: 'research operations',
      targetRole: 'UX research in healthcare',
      minutes: '20',
      // Friday + 7 days = Friday 6 December → next Tuesday–Thursday.
      followUpDay: 'Tuesday 10 December',
      followUpAt: Date.parse('2024-12-10T10:00:00Z'),
      // Friday + 3 days = Monday 2 December → Tuesday.
      callDay: 'Tuesday 3 December',
      callAt: Date.parse('2024-12-03T10:00:00Z'),
    });
  });

  it('falls back to the page, and leaves out what it cannot know', () => {
    const v = buildDraftValues({ person: {}, snapshot: SNAPSHOT, settings: DEFAULT_SETTINGS, now: FRIDAY });
    expect(v.fullName).toBe('Dr. Jane Doe');
    expect(v.firstName).toBe('Jane');
    expect(v.company).toBe('Page Co');
    for (const key of [
      'myName',
      'signature',
      'introducerName',
      'referrerName',
      'objective',
      'specificDetail',
      'reachableWhen',
    ] as const) {
      expect(v[key], key).toBeUndefined();
      expect(key in v).toBe(false);
    }
    const r = renderDraft(builtInTemplateFor('cold-email'), v);
    // The cold email says the objective once (issue 15): no separate target-role sentence.
    expect(r.body.markers).toEqual(['myName', 'objective', 'specificDetail', 'signature']);
  });

  it('respects a referrer who asked not to be named', () => {
    const person = { name: 'Jane', referredByName: 'Rita Ref', referrerNameAllowed: false };
    expect(buildDraftValues({ person, settings: ME, now: FRIDAY }).referrerName).toBeUndefined();
    expect(
      buildDraftValues({ person: { ...person, referrerNameAllowed: true }, settings: ME, now: FRIDAY }).referrerName,
    ).toBe('Rita Ref');
  });

  it('derives the objective from its kind when there is no detail', () => {
    const base = { settings: ME, now: FRIDAY };
    expect(
      buildDraftValues({ ...base, person: { company: 'Acme', objective: { kind: 'company', detail: '' } } }).objective,
    ).toBe('what it is like to work at Acme');
    expect(buildDraftValues({ ...base, person: { objective: { kind: 'industry', detail: ' ' } } }).objective).toBe(
      'UX research in healthcare',
    );
    expect(buildDraftValues({ ...base, person: {}, objective: 'fintech design' }).objective).toBe('fintech design');
  });

  it('takes overrides: minutes, promised dates, the specific detail and availability', () => {
    const promised = Date.parse('2024-12-12T15:00:00Z');
    const v = buildDraftValues({
      person: { name: 'Jane' },
      settings: { ...ME, signature: 'Sam — sam.example' },
      now: FRIDAY,
      minutes: 15,
      followUpAt: promised,
      callAt: promised,
      specificDetail: 'your advice on portfolios',
      reachableWhen: 'weekday mornings',
    });
    expect(v).toMatchObject({
      minutes: '15',
      followUpAt: promised,
      followUpDay: 'Thursday 12 December',
      callDay: 'Thursday 12 December',
      signature: 'Sam — sam.example',
      specificDetail: 'your advice on portfolios',
      reachableWhen: 'weekday mornings',
    });
  });

  it('reads dates in the user’s zone', () => {
    const late = Date.parse('2024-12-03T23:30:00Z'); // Wed 00:30 in Paris, Tue 18:30 in New York
    const settings = { ...ME, followUpDays: 1, preferredDays: [] };
    expect(buildDraftValues({ person: {}, settings, now: late }).followUpDay).toBe('Thursday 5 December');
    expect(
      buildDraftValues({ person: {}, settings: { ...settings, timeZone: 'America/New_York' }, now: late }).followUpDay,
    ).toBe('Wednesday 4 December');
  });
});

describe('name helpers', () => {
  it('finds first names', () => {
    expect(firstNameOf('Jane Doe')).toBe('Jane');
    expect(firstNameOf('  Dr. Jane   Doe, PhD ')).toBe('Jane');
    expect(firstNameOf('Prof Ada Lovelace')).toBe('Ada');
    expect(firstNameOf('Dr.')).toBe('Dr.');
    expect(firstNameOf('Zoë')).toBe('Zoë');
    expect(firstNameOf('')).toBe('');
    expect(firstNameOf(undefined)).toBe('');
  });

  it('spells names for a voicemail', () => {
    expect(spellName('Sam  Seeker')).toBe('S-A-M, S-E-E-K-E-R');
    expect(spellName('Zoë')).toBe('Z-O-Ë');
    expect(spellName('')).toBe('');
  });

  it('formats calling days', () => {
    expect(formatCallingDay(Date.parse('2024-12-03T12:00:00Z'), 'UTC')).toBe('Tuesday 3 December');
    expect(formatCallingDay(Date.parse('2024-12-31T23:30:00Z'), 'Europe/Paris')).toBe('Wednesday 1 January');
    expect(formatCallingDay(Number.NaN, 'UTC')).toBe('');
  });
});
