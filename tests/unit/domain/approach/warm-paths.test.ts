import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Degree, type ProfileSnapshot } from '@/lib/domain/model';
import { decideApproach, rankIntroducers, type ApproachInput, type KnownPerson } from '../outreach-exports';

const known = (id: string | undefined, name: string, over: Partial<KnownPerson> = {}, profileUrl?: string) =>
  ({ ...(id ? { id } : {}), name, profileUrl, met: false, tracked: false, firstDegree: false, ...over }) as KnownPerson;
const colleague = (id: string | undefined, name: string, over: Partial<KnownPerson> = {}, url?: string) =>
  known(id, name, { firstDegree: true, colleagueAt: 'Northwind Health', ...over }, url);

function snapshot(over: Partial<ProfileSnapshot> = {}): ProfileSnapshot {
  return {
    url: 'https://www.linkedin.com/in/maya-lindqvist/',
    publicId: 'maya-lindqvist',
    pageKind: 'profile',
    name: 'Maya Lindqvist',
    company: 'Northwind Health',
    degree: '3rd',
    mutuals: [],
    missing: [],
    ...over,
  };
}

const input = (over: Partial<ApproachInput> = {}, page: Partial<ProfileSnapshot> = {}): ApproachInput => ({
  snapshot: snapshot(page),
  knownMutuals: [],
  settings: DEFAULT_SETTINGS,
  ...over,
});

describe('colleagues in the introducer ranking', () => {
  it('ranks chosen > met > tracked > known mutual > 1st-degree colleague > listed mutual', () => {
    const ranked = rankIntroducers(
      [{ name: 'Laetitia' }, { name: 'Bo Known', url: 'https://www.linkedin.com/in/bo/' }],
      [known('k-bo', 'Bo Known', { firstDegree: true }, 'https://www.linkedin.com/in/bo/')],
      { name: 'Cy Chosen' },
      [
        colleague(undefined, 'Ana Silva', {}, 'https://www.linkedin.com/in/ana/'),
        colleague('p-met', 'Dee Met', { met: true }),
        colleague('p-track', 'Eve Tracked', { tracked: true }),
      ],
      'Maya',
    );
    expect(ranked.map((r) => `${r.tier}:${r.name}`)).toEqual([
      'chosen:Cy Chosen',
      'met:Dee Met',
      'tracked:Eve Tracked',
      'first-degree:Bo Known',
      'colleague:Ana Silva',
      'listed:Laetitia',
    ]);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('gives each colleague their reason: where they work with the person', () => {
    const ranked = rankIntroducers([], [], undefined, [colleague(undefined, 'Ana Silva'), colleague('m', 'Dee Met', { met: true })], 'Maya');
    expect(ranked.map((r) => r.why)).toEqual([
      'You have met Dee, who works at Northwind Health with Maya: the warmest person to ask.',
      'Ana works at Northwind Health with Maya, and is one of your 1st-degree connections.',
    ]);
    expect(ranked.every((r) => r.colleagueAt === 'Northwind Health')).toBe(true);
  });

  it('keeps a colleague the page also lists as that mutual (once), with the shared company noted', () => {
    const url = 'https://www.linkedin.com/in/ana/';
    const ranked = rankIntroducers(
      [{ name: 'Ana Silva', url }],
      [known('k-ana', 'Ana Silva', { firstDegree: true }, url)],
      undefined,
      [colleague('k-ana', 'Ana Silva', {}, url)],
      'Maya',
    );
    expect(ranked).toHaveLength(1);
    expect(ranked[0]).toMatchObject({ tier: 'first-degree', colleagueAt: 'Northwind Health', personId: 'k-ana' });
  });

  it('never merges a first-name-only mutual with a colleague of the same first name', () => {
    const ranked = rankIntroducers([{ name: 'Laetitia' }], [], undefined, [colleague(undefined, 'Laetitia Dupont')], 'Maya');
    expect(ranked.map((r) => `${r.tier}:${r.name}`)).toEqual(['colleague:Laetitia Dupont', 'listed:Laetitia']);
  });
});

describe('the approach with a colleague at the company', () => {
  const ana = colleague(undefined, 'Ana Silva', {}, 'https://www.linkedin.com/in/ana/');

  it.each<Degree>(['3rd', 'out-of-network', '2nd'])('%s degree, no mutual: an introduction through the colleague', (degree) => {
    const approach = decideApproach(input({ colleagues: [ana] }, { degree }), 0);
    expect(approach.kind).toBe('introduction-request');
    expect(approach.introducers[0]).toMatchObject({ name: 'Ana Silva', tier: 'colleague' });
    expect(approach.reasons[0]).toBe(
      'You know Ana Silva, who works at Northwind Health with Maya: ask Ana Silva to introduce you. An introduction from someone you know is warmer than a cold request.',
    );
  });

  it('unknown degree: an introduction too, still warning that the degree is unknown', () => {
    const approach = decideApproach(input({ colleagues: [ana] }, { degree: 'unknown' }), 0);
    expect(approach.kind).toBe('introduction-request');
    expect(approach.warnings.join(' ')).toMatch(/degree/i);
  });

  it('1st degree: still a direct ask (the colleague is only listed)', () => {
    const approach = decideApproach(input({ colleagues: [ana] }, { degree: '1st' }), 0);
    expect(approach.kind).toBe('direct-ask');
    expect(approach.introducers.map((i) => i.name)).toEqual(['Ana Silva']);
  });

  it('a referral whose name may be used still wins', () => {
    const referral = { referrerId: 'r', referrerName: 'Rita Ref', nameAllowed: true };
    expect(decideApproach(input({ colleagues: [ana], referral }), 0).kind).toBe('referred-cold-email');
  });

  it('a known mutual the page shows stays the one to ask on a 2nd-degree page', () => {
    const bo = known('k-bo', 'Bo Known', { firstDegree: true }, 'https://www.linkedin.com/in/bo/');
    const approach = decideApproach(
      input({ colleagues: [ana], knownMutuals: [bo] }, { degree: '2nd', mutuals: [{ name: 'Bo Known', url: bo.profileUrl }], mutualCount: 1 }),
      0,
    );
    expect(approach.kind).toBe('introduction-request');
    expect(approach.introducers.map((i) => i.name)).toEqual(['Bo Known', 'Ana Silva']);
  });

  it('the introducer the user chose stays first', () => {
    const approach = decideApproach(input({ colleagues: [ana], chosen: { name: 'Cy Chosen' } }), 0);
    expect(approach.introducers.map((i) => i.tier)).toEqual(['chosen', 'colleague']);
  });

  it('no colleague: a cold email, as before', () => {
    expect(decideApproach(input({ colleagues: [] }), 0).kind).toBe('cold-email');
  });
});
