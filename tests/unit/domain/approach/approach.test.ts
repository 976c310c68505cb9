import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Degree, type ProfileSnapshot } from '@/lib/domain/model';
import {
  decideApproach,
  rankIntroducers,
  type ApproachInput,
  type KnownPerson,
  type Referral,
} from '../outreach-exports';

const NOW = Date.parse('2024-12-03T10:00:00Z');

function snapshot(over: Partial<ProfileSnapshot> = {}): ProfileSnapshot {
  return {
    url: 'https://www.linkedin.com/in/zoe-target/',
    publicId: 'zoe-target',
    pageKind: 'profile',
    name: 'Zoë Target',
    headline: 'Head of Research at Acme',
    company: 'Acme',
    degree: '2nd',
    mutuals: [],
    missing: [],
    ...over,
  };
}

const NAMED = [
  { name: 'Ann Lee', url: 'https://www.linkedin.com/in/ann-lee/' },
  { name: 'Bob Stone', url: 'https://www.linkedin.com/in/bob-stone/' },
  { name: 'Cara Diaz' },
];

type MutualsCase = 'none' | 'named' | 'count-only';
type ReferralCase = 'none' | 'allowed' | 'not-allowed';
type KnownCase = 'none' | 'listed-only' | 'tracked' | 'met' | 'first-degree';

function mutualsFor(c: MutualsCase): Pick<ProfileSnapshot, 'mutuals' | 'mutualCount'> {
  if (c === 'named') return { mutuals: NAMED, mutualCount: 14 };
  if (c === 'count-only') return { mutuals: [], mutualCount: 12 };
  return { mutuals: [] };
}

function knownFor(c: KnownCase): KnownPerson[] {
  if (c === 'none') return [];
  return [
    {
      id: 'p-cara',
      name: 'Cara Diaz',
      met: c === 'met',
      tracked: c === 'tracked',
      firstDegree: c === 'first-degree',
    },
  ];
}

function referralFor(c: ReferralCase): Referral | undefined {
  if (c === 'none') return undefined;
  return { referrerId: 'p-rita', referrerName: 'Rita Ref', nameAllowed: c === 'allowed' };
}

function expectedIntroducers(m: MutualsCase, k: KnownCase): string[] {
  const promoted = k === 'tracked' || k === 'met' || k === 'first-degree';
  if (m === 'named') return promoted ? ['Cara Diaz', 'Ann Lee', 'Bob Stone'] : ['Ann Lee', 'Bob Stone', 'Cara Diaz'];
  return k === 'none' ? [] : ['Cara Diaz'];
}

/** The decision table of the method, written independently of the code. */
function expectedKind(d: Degree, m: MutualsCase, r: ReferralCase, k: KnownCase): string {
  if (d === 'self') return 'none';
  if (d === '1st') return 'direct-ask';
  if (r === 'allowed') return 'referred-cold-email';
  const usable = m === 'named' || k !== 'none';
  if (d === '2nd' && (usable || m === 'count-only')) return 'introduction-request';
  return 'cold-email';
}

const MOMENT: Record<string, string | undefined> = {
  none: undefined,
  'direct-ask': 'direct-ask',
  'introduction-request': 'introduction-request',
  'cold-email': 'cold-email',
  'referred-cold-email': 'referred-pitch',
};
const CHANNEL: Record<string, string> = {
  none: 'none',
  'direct-ask': 'linkedin',
  'introduction-request': 'linkedin',
  'cold-email': 'email',
  'referred-cold-email': 'email',
};

const DEGREES: Degree[] = ['1st', '2nd', '3rd', 'out-of-network', 'self', 'unknown'];
const MUTUALS: MutualsCase[] = ['none', 'named', 'count-only'];
const REFERRALS: ReferralCase[] = ['none', 'allowed', 'not-allowed'];
const KNOWN: KnownCase[] = ['none', 'listed-only', 'tracked', 'met', 'first-degree'];

const cases = DEGREES.flatMap((d) =>
  MUTUALS.flatMap((m) => REFERRALS.flatMap((r) => KNOWN.map((k) => [d, m, r, k] as const))),
);

describe('decideApproach decision table', () => {
  it('covers every combination (6 × 3 × 3 × 5)', () => {
    expect(cases).toHaveLength(270);
  });

  it.each(cases)('degree %s, mutuals %s, referral %s, known %s', (d, m, r, k) => {
    const input: ApproachInput = {
      snapshot: snapshot({ degree: d, ...mutualsFor(m) }),
      knownMutuals: knownFor(k),
      referral: referralFor(r),
      settings: DEFAULT_SETTINGS,
    };
    const a = decideApproach(input, NOW);
    const kind = expectedKind(d, m, r, k);
    expect(a.kind).toBe(kind);
    expect(a.templateMoment).toBe(MOMENT[kind]);
    expect(a.channel).toBe(CHANNEL[kind]);
    expect(a.reasons.length).toBeGreaterThan(0);
    for (const reason of [...a.reasons, ...a.warnings]) expect(reason.trim().length).toBeGreaterThan(10);
    expect(a.minutes).toBe(kind === 'direct-ask' ? 15 : DEFAULT_SETTINGS.minutes);

    if (kind === 'none') {
      expect(a.introducers).toEqual([]);
      return;
    }
    expect(a.introducers.map((i) => i.name)).toEqual(expectedIntroducers(m, k));
    expect(a.introducers.map((i) => i.rank)).toEqual(a.introducers.map((_, i) => i + 1));

    const text = a.reasons.join(' ');
    if (kind === 'introduction-request') {
      expect(text).toMatch(/far more often answered/);
      const top = a.introducers[0];
      if (top) expect(text).toContain(top.name);
      else expect(a.warnings.join(' ')).toMatch(/pick who to ask/);
    }
    if (kind === 'referred-cold-email') expect(text).toContain('Rita Ref');
    if (kind === 'direct-ask') expect(text).toMatch(/not asking for a job/);
    if (r === 'not-allowed' && d !== '1st') expect(a.warnings.join(' ')).toContain('Do not mention Rita Ref');
    if (r !== 'none' && d === '1st') expect(text).toContain('Rita Ref');
    if (d === 'unknown') expect(a.warnings.join(' ')).toMatch(/did not show the degree/);
    else expect(a.warnings.join(' ')).not.toMatch(/did not show the degree/);
  });
});

describe('decideApproach: pages with nothing to approach', () => {
  it.each([
    ['authwall', /sign-in wall/],
    ['self', /your own profile/],
    ['not-profile', /not a person/],
  ] as const)('pageKind %s → none', (pageKind, reason) => {
    const a = decideApproach(
      {
        snapshot: snapshot({ pageKind, degree: 'unknown', mutuals: NAMED }),
        knownMutuals: knownFor('met'),
        referral: referralFor('allowed'),
        settings: DEFAULT_SETTINGS,
      },
      NOW,
    );
    expect(a.kind).toBe('none');
    expect(a.channel).toBe('none');
    expect(a.templateMoment).toBeUndefined();
    expect(a.reasons.join(' ')).toMatch(reason);
    expect(a.introducers).toEqual([]);
  });

  it('an auth wall tells the user to sign in', () => {
    const a = decideApproach(
      { snapshot: snapshot({ pageKind: 'authwall', degree: 'unknown' }), knownMutuals: [], settings: DEFAULT_SETTINGS },
      NOW,
    );
    expect(a.warnings.join(' ')).toMatch(/Sign in/);
  });
});

describe('decideApproach details', () => {
  const base = { knownMutuals: [], settings: DEFAULT_SETTINGS };

  it('uses the settings minutes for a cold email and 15 for a direct ask', () => {
    const settings = { ...DEFAULT_SETTINGS, minutes: 30 };
    expect(decideApproach({ ...base, settings, snapshot: snapshot({ degree: '3rd' }) }, NOW).minutes).toBe(30);
    expect(decideApproach({ ...base, settings, snapshot: snapshot({ degree: '1st' }) }, NOW).minutes).toBe(15);
    const cold = decideApproach({ ...base, settings, snapshot: snapshot({ degree: '3rd' }) }, NOW);
    expect(cold.reasons.join(' ')).toMatch(/about 30 minutes/);
  });

  it('names the first name of the person in the reasons, and warns when the name is missing', () => {
    const a = decideApproach({ ...base, snapshot: snapshot({ degree: '1st' }) }, NOW);
    expect(a.reasons[0]).toBe('You are 1st-degree connections: ask Zoë directly.');
    const nameless = decideApproach({ ...base, snapshot: snapshot({ degree: '3rd', name: undefined }) }, NOW);
    expect(nameless.reasons.join(' ')).toContain('this person');
    expect(nameless.warnings.join(' ')).toMatch(/name could not be read/);
  });

  it('a referral whose name may not be used on a 2nd-degree with mutuals falls back to an introduction', () => {
    const a = decideApproach(
      { ...base, snapshot: snapshot({ degree: '2nd', mutuals: NAMED }), referral: referralFor('not-allowed') },
      NOW,
    );
    expect(a.kind).toBe('introduction-request');
    expect(a.reasons[0]).toMatch(/asked you not to use their name/);
  });

  it('a referral with no recorded name cannot be a referred pitch', () => {
    const a = decideApproach(
      {
        ...base,
        snapshot: snapshot({ degree: '3rd' }),
        referral: { referrerId: 'x', referrerName: '  ', nameAllowed: true },
      },
      NOW,
    );
    expect(a.kind).toBe('cold-email');
    expect(a.reasons[0]).toMatch(/No name is recorded/);
  });

  it('a cold email to a 3rd-degree with a listed mutual suggests the introduction as warmer', () => {
    const a = decideApproach({ ...base, snapshot: snapshot({ degree: '3rd', mutuals: NAMED }) }, NOW);
    expect(a.kind).toBe('cold-email');
    expect(a.reasons.join(' ')).toMatch(/Ann Lee is listed as a mutual connection/);
  });

  it('ignores now (pure): the same input gives the same answer at any time', () => {
    const input = { ...base, snapshot: snapshot({ degree: '2nd', mutuals: NAMED }) };
    expect(decideApproach(input, 0)).toEqual(decideApproach(input, NOW));
  });
});

describe('rankIntroducers', () => {
  const known = (id: string, name: string, over: Partial<KnownPerson>, profileUrl?: string): KnownPerson => ({
    id,
    name,
    profileUrl,
    met: false,
    tracked: false,
    firstDegree: false,
    ...over,
  });

  it('ranks met > tracked > 1st-degree > listed, keeping page order within a tier', () => {
    const mutuals = [
      { name: 'P1 Listed' },
      { name: 'P2 First', url: 'https://www.linkedin.com/in/p2/' },
      { name: 'P3 Tracked' },
      { name: 'P4 Met' },
      { name: 'P5 First' },
      { name: 'P6 Met' },
      { name: 'P7 Listed' },
    ];
    const knownMutuals = [
      known('k6', 'P6 Met', { met: true, tracked: true }),
      known('k2', 'Peter Two', { firstDegree: true }, 'https://linkedin.com/in/P2?trk=x'),
      known('k3', 'P3 Tracked', { tracked: true, firstDegree: true }),
      known('k4', 'p4  met', { met: true }),
      known('k5', 'P5 First', { firstDegree: true }),
      known('k8', 'P8 Elsewhere', { tracked: true }),
    ];
    const ranked = rankIntroducers(mutuals, knownMutuals);
    expect(ranked.map((r) => `${r.tier}:${r.name}`)).toEqual([
      'met:p4 met',
      'met:P6 Met',
      'tracked:P3 Tracked',
      'tracked:P8 Elsewhere',
      'first-degree:Peter Two',
      'first-degree:P5 First',
      'listed:P1 Listed',
      'listed:P7 Listed',
    ]);
    expect(ranked[4]).toMatchObject({
      personId: 'k2',
      firstName: 'Peter',
      url: 'https://linkedin.com/in/P2?trk=x',
      rank: 5,
    });
    expect(ranked[6]).toMatchObject({ firstName: 'P1', rank: 7 });
    expect(ranked[6]?.personId).toBeUndefined();
    for (const r of ranked) expect(r.why).toContain(r.firstName);
  });

  it('drops duplicates and blank names', () => {
    const ranked = rankIntroducers(
      [
        { name: 'Ann Lee', url: 'https://www.linkedin.com/in/ann/' },
        { name: 'Ann Lee', url: 'https://www.linkedin.com/in/ann' },
        { name: '  ' },
      ],
      [],
    );
    expect(ranked.map((r) => r.name)).toEqual(['Ann Lee']);
  });

  it('matches by URL before name, so a namesake with another URL stays separate', () => {
    const ranked = rankIntroducers(
      [{ name: 'Sam Ray', url: 'https://www.linkedin.com/in/sam-1/' }],
      [known('k', 'Sam Ray', { met: true }, 'https://www.linkedin.com/in/sam-2/')],
    );
    expect(ranked.map((r) => `${r.tier}:${r.url}`)).toEqual([
      'met:https://www.linkedin.com/in/sam-2/',
      'listed:https://www.linkedin.com/in/sam-1/',
    ]);
  });
});
