/**
 * Ranks the mutual connections who could introduce the user: people already
 * met first, then people already tracked, then known 1st-degree contacts,
 * then anyone LinkedIn merely lists. Within a tier the page order is kept.
 */
import { t } from '@/lib/domain/i18n';
import type { MutualConnection } from '@/lib/domain/model';
import { matchKey } from '@/lib/domain/identity/person-match';
import type { ApproachInput, IntroducerOption, IntroducerTier, KnownPerson } from './types';
import { firstNameOf, nameKey, profileUrlKey, tidyName } from '@/lib/domain/templates/render/names';

const TIER_ORDER: IntroducerTier[] = ['chosen', 'met', 'tracked', 'first-degree', 'listed'];

function tierOf(known: KnownPerson | undefined): IntroducerTier {
  if (!known) return 'listed';
  if (known.met) return 'met';
  if (known.tracked) return 'tracked';
  if (known.firstDegree) return 'first-degree';
  return 'listed';
}

function whyFor(tier: IntroducerTier, name: string): string {
  switch (tier) {
    case 'chosen':
      return t('introducerWhyChosen', name);
    case 'met':
      return t('introducerWhyMet', name);
    case 'tracked':
      return t('introducerWhyTracked', name);
    case 'first-degree':
      return t('introducerWhyFirstDegree', name);
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
}

function candidatesFrom(mutuals: MutualConnection[], knownMutuals: KnownPerson[]): Candidate[] {
  const used = new Set<KnownPerson>();
  const seen = new Set<string>();
  const out: Candidate[] = [];
  /** Keeps the first of duplicates (same person id, same URL, or same name without either). */
  const remember = (c: Candidate): boolean => {
    const strong = [c.known?.id ? `id:${c.known.id}` : '', profileUrlKey(c.url) ? `url:${profileUrlKey(c.url)}` : ''];
    const keys = strong.filter((k) => k !== '');
    if (keys.length === 0) keys.push(`name:${nameKey(c.name)}`);
    if (keys.some((k) => seen.has(k))) return false;
    for (const k of keys) seen.add(k);
    return true;
  };
  for (const mutual of mutuals) {
    const name = tidyName(mutual.name);
    if (!name) continue;
    const known = knownMutuals.find((k) => !used.has(k) && sameKnown(mutual, k));
    if (known) used.add(known);
    const candidate: Candidate = { name, url: mutual.url, known };
    if (remember(candidate)) out.push(candidate);
  }
  for (const known of knownMutuals) {
    if (used.has(known) || !tidyName(known.name)) continue;
    const candidate: Candidate = { name: tidyName(known.name), url: known.profileUrl, known };
    if (remember(candidate)) out.push(candidate);
  }
  return out;
}

/** The ranked introducers for a profile's mutual connections; the one the user chose comes first. */
export function rankIntroducers(
  mutuals: MutualConnection[],
  knownMutuals: KnownPerson[],
  chosen?: ApproachInput['chosen'],
): IntroducerOption[] {
  const lead = chosen && tidyName(chosen.name) ? [{ name: chosen.name, url: chosen.url }] : [];
  const candidates = candidatesFrom([...lead, ...mutuals], knownMutuals);
  const head = candidates[0];
  // The chosen one, matched like a listed mutual (met? tracked? a connection?), keeps the person id the user picked.
  if (lead.length > 0 && head && !head.known && chosen?.personId)
    head.known = { id: chosen.personId, name: head.name, met: false, tracked: false, firstDegree: false };
  const ranked = candidates
    .map((c, index) => ({ c, index, tier: index < lead.length ? ('chosen' as const) : tierOf(c.known) }))
    .sort((a, b) => TIER_ORDER.indexOf(a.tier) - TIER_ORDER.indexOf(b.tier) || a.index - b.index);
  return ranked.map(({ c, tier }, i) => {
    const name = tidyName(c.known?.name) || c.name;
    const option: IntroducerOption = {
      name,
      firstName: firstNameOf(name),
      rank: i + 1,
      tier,
      why: whyFor(tier, firstNameOf(name) || name),
    };
    const url = c.known?.profileUrl ?? c.url;
    if (url) option.url = url;
    if (c.known?.id) option.personId = c.known.id;
    return option;
  });
}
