/**
 * Ranks the people who could introduce the user: people already met first,
 * then people already tracked, then known 1st-degree contacts LinkedIn lists
 * as mutual (they know both: the method's introducer), then 1st-degree
 * contacts who work at the person's company (a warm path LinkedIn does not
 * list), then anyone LinkedIn merely lists. The one the user chose comes
 * before all. Within a tier the page order (then the colleagues' order) is kept.
 */
import { t } from '@/lib/domain/i18n';
import type { MutualConnection } from '@/lib/domain/model';
import { matchKey } from '@/lib/domain/identity/person-match';
import type { ApproachInput, IntroducerOption, IntroducerTier, KnownPerson } from './types';
import { firstNameOf, nameKey, profileUrlKey, tidyName } from '@/lib/domain/templates/render/names';

const TIER_ORDER: IntroducerTier[] = ['chosen', 'met', 'tracked', 'first-degree', 'colleague', 'listed'];

function tierOf(c: Candidate): IntroducerTier {
  const known = c.known;
  if (!known) return 'listed';
  if (known.met) return 'met';
  if (known.tracked) return 'tracked';
  if (c.colleague) return 'colleague';
  return known.firstDegree ? 'first-degree' : 'listed';
}

/** Why this introducer, in words; `at` and `who` say where they work with the person. */
function whyFor(tier: IntroducerTier, name: string, at: string | undefined, who: string): string {
  if (at && tier === 'met') return t('introducerWhyMetColleague', [name, at, who]);
  if (at && tier === 'tracked') return t('introducerWhyTrackedColleague', [name, at, who]);
  switch (tier) {
    case 'chosen':
      return t('introducerWhyChosen', name);
    case 'met':
      return t('introducerWhyMet', name);
    case 'tracked':
      return t('introducerWhyTracked', name);
    case 'first-degree':
      return t('introducerWhyFirstDegree', name);
    case 'colleague':
      return t('introducerWhyColleague', [name, at ?? '', who]);
    case 'listed':
      return t('introducerWhyListed', name);
  }
}

function sameKnown(mutual: MutualConnection, known: KnownPerson): boolean {
  const a = profileUrlKey(mutual.url);
  const b = profileUrlKey(known.profileUrl);
  if (a && b) return a === b;
  // Accent- and punctuation-insensitive, as the database matched them ("Okafor" on the page, "Okáfor" in Connections.csv).
  return matchKey(mutual.name) !== '' && matchKey(mutual.name) === matchKey(known.name);
}

interface Candidate {
  name: string;
  url?: string;
  known?: KnownPerson;
  /** Entered as a colleague (not listed by the page): ranks as one unless met or tracked. */
  colleague?: boolean;
  /** The company they share with the person, when they are a colleague too. */
  colleagueAt?: string;
}

function candidatesFrom(
  mutuals: MutualConnection[],
  knownMutuals: KnownPerson[],
  colleagues: KnownPerson[],
): Candidate[] {
  const used = new Set<KnownPerson>();
  const seen = new Map<string, Candidate>();
  const out: Candidate[] = [];
  /** The candidate already listed under one of c's keys (same person id, same URL, or same name without either). */
  const earlier = (c: Candidate): Candidate | undefined => keysOf(c).map((k) => seen.get(k)).find(Boolean);
  const add = (c: Candidate) => {
    if (earlier(c)) return;
    for (const k of keysOf(c)) seen.set(k, c);
    out.push(c);
  };
  for (const mutual of mutuals) {
    const name = tidyName(mutual.name);
    if (!name) continue;
    const known = knownMutuals.find((k) => !used.has(k) && sameKnown(mutual, k));
    if (known) used.add(known);
    add({ name, url: mutual.url, known });
  }
  for (const known of knownMutuals) {
    if (used.has(known) || !tidyName(known.name)) continue;
    add({ name: tidyName(known.name), url: known.profileUrl, known });
  }
  for (const known of colleagues) {
    if (!tidyName(known.name)) continue;
    const candidate: Candidate = { name: tidyName(known.name), url: known.profileUrl, known, colleague: true };
    const same = earlier(candidate) ?? out.find((c) => !c.url && !c.known && sameKnown(c, known));
    // Listed by the page too: they stay a mutual, and say where they work with the person.
    if (same) same.colleagueAt ??= known.colleagueAt;
    else add({ ...candidate, colleagueAt: known.colleagueAt });
  }
  return out;
}

function keysOf(c: Candidate): string[] {
  const url = profileUrlKey(c.url);
  const strong = [c.known?.id ? `id:${c.known.id}` : '', url ? `url:${url}` : ''].filter((k) => k !== '');
  return strong.length > 0 ? strong : [`name:${nameKey(c.name)}`];
}

/** The ranked introducers for a profile's mutual connections; the one the user chose comes first. */
export function rankIntroducers(
  mutuals: MutualConnection[],
  knownMutuals: KnownPerson[],
  chosen?: ApproachInput['chosen'],
  colleagues: KnownPerson[] = [],
  /** The first name of the person approached ("works at Northwind Health with Maya"). */
  who = '',
): IntroducerOption[] {
  const lead = chosen && tidyName(chosen.name) ? [{ name: chosen.name, url: chosen.url }] : [];
  const candidates = candidatesFrom([...lead, ...mutuals], knownMutuals, colleagues);
  const head = candidates[0];
  // The chosen one, matched like a listed mutual (met? tracked? a connection?), keeps the person id the user picked.
  if (lead.length > 0 && head && !head.known && chosen?.personId)
    head.known = { id: chosen.personId, name: head.name, met: false, tracked: false, firstDegree: false };
  const ranked = candidates
    .map((c, index) => ({ c, index, tier: index < lead.length ? ('chosen' as const) : tierOf(c) }))
    .sort((a, b) => TIER_ORDER.indexOf(a.tier) - TIER_ORDER.indexOf(b.tier) || a.index - b.index);
  return ranked.map(({ c, tier }, i) => {
    const name = tidyName(c.known?.name) || c.name;
    const option: IntroducerOption = {
      name,
      firstName: firstNameOf(name),
      rank: i + 1,
      tier,
      why: whyFor(tier, firstNameOf(name) || name, c.colleagueAt, who),
    };
    if (c.colleagueAt) option.colleagueAt = c.colleagueAt;
    const url = c.known?.profileUrl ?? c.url;
    if (url) option.url = url;
    if (c.known?.id) option.personId = c.known.id;
    return option;
  });
}
