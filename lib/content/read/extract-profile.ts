/**
 * The ProfileSnapshot of a LinkedIn page (the `npm run extract` contract).
 * Never throws, never guesses (a field not found is absent and named in
 * `missing`), and carries card data under a URL only when the card is that
 * URL's: its identity matches, or it names nobody and is an era's own top card.
 */
import type { ProfileSnapshot } from '@/lib/domain/model/snapshot';
import { inspectPage, type PageInspection } from './classify-page';
import { publicIdFromProfileUrl } from '@/lib/domain/identity/profile-url';
import { readActions } from './actions';
import { readDegree, type DegreeReading } from './degree';
import { readCardFields } from './fields';
import { readMutuals } from './mutuals';
import { relationFromJson } from './relation-json';
import { compareIdentity, readCardIdentity, type CardIdentity, type IdentityVerdict, type TopCard } from './top-card';

/** Every field a snapshot may lack, in the order `missing` lists them. */
export const SNAPSHOT_FIELDS = [
  'memberUrn',
  'name',
  'headline',
  'company',
  'location',
  'degree',
  'mutualCount',
  'mutuals',
  'mutualsSearchUrl',
  'primaryAction',
] as const;

function bare(url: string, publicId: string, pageKind: ProfileSnapshot['pageKind']): ProfileSnapshot {
  return { url, publicId, pageKind, degree: 'unknown', mutuals: [], missing: [...SNAPSHOT_FIELDS] };
}

function missingOf(snapshot: ProfileSnapshot): string[] {
  return SNAPSHOT_FIELDS.filter((field) =>
    field === 'degree'
      ? snapshot.degree === 'unknown'
      : field === 'mutuals'
        ? !snapshot.mutuals.length
        : snapshot[field] === undefined,
  );
}

/** Whether the card's data may be stored under the URL (see the header). */
export function trusted(verdict: IdentityVerdict, card: TopCard): boolean {
  return verdict === 'match' || (verdict === 'unknown' && card.era !== 'generic');
}

/** What the extraction decided, with the decisions `explain` reports. */
export interface Reading {
  snapshot: ProfileSnapshot;
  page?: PageInspection;
  verdict?: IdentityVerdict;
  degree?: DegreeReading;
}

function read(doc: Document, page: PageInspection, card: TopCard, identity: CardIdentity, reading: Reading): void {
  const self = page.kind === 'self';
  const wall = page.kind === 'authwall';
  const snapshot: ProfileSnapshot = { ...reading.snapshot, ...readCardFields(card) };
  reading.snapshot = snapshot;
  const ids = identity.memberIds;
  // Own profile and logged-out page: no outreach action applies, and no degree is shown.
  const actions =
    self || wall ? { notFirst: false, connected: false, primary: 'unknown' as const } : readActions(card.el);
  const degree: DegreeReading =
    self || wall ? { degree: self ? 'self' : null, by: page.kind } : readDegree(card, actions, page.profileUrl);
  // No badge at all (late Ember, out of network): the page JSON's relationship of the subject.
  if (degree.by === 'none' && !self && !wall) {
    degree.degree = relationFromJson(doc, snapshot.publicId, ids) ?? null;
    if (degree.degree) degree.by = 'json';
  }
  reading.degree = degree;
  snapshot.degree = degree.degree ?? 'unknown';
  if (actions.primary) snapshot.primaryAction = actions.primary;
  const mutual = self || wall ? null : readMutuals(card.el, doc, ids.length === 1 ? ids[0] : undefined, snapshot.name);
  const memberId = ids.length === 1 ? ids[0] : ids.length === 0 ? mutual?.memberId : undefined;
  if (memberId) snapshot.memberUrn = `urn:li:fsd_profile:${memberId}`;
  if (mutual) {
    snapshot.mutuals = mutual.mutuals;
    if (mutual.count !== undefined) snapshot.mutualCount = mutual.count;
    if (mutual.searchUrl) snapshot.mutualsSearchUrl = mutual.searchUrl;
  }
  snapshot.missing = missingOf(snapshot);
}

/** The snapshot of `doc`, whose address is `url`, and the decisions behind it. Never throws. */
export function readProfile(doc: Document, url: string): Reading {
  const reading: Reading = { snapshot: bare(typeof url === 'string' ? url.slice(0, 2048) : '', '', 'not-profile') };
  let base = reading.snapshot;
  try {
    const page = inspectPage(doc, url);
    reading.page = page;
    if (!page.profileUrl) return reading;
    base = reading.snapshot = bare(page.profileUrl, publicIdFromProfileUrl(page.profileUrl) ?? '', page.kind);
    if (!page.card || page.kind === 'not-profile') return reading;
    const identity = readCardIdentity(page.card.el);
    const verdict = (reading.verdict = compareIdentity(identity, base.publicId));
    // Somebody else's card (SPA navigation in flight), or a fallback card naming nobody: nothing of it.
    if (!trusted(verdict, page.card)) base.pageKind = page.kind === 'authwall' ? 'authwall' : 'profile';
    else read(doc, page, page.card, identity, reading);
  } catch {
    reading.snapshot = base; // nothing half-read
  }
  return reading;
}

/** The snapshot of `doc`, whose address is `url`. */
export function extractProfile(doc: Document, url: string): ProfileSnapshot {
  return readProfile(doc, url).snapshot;
}

/**
 * True when the page shows a top card the snapshot may trust for the URL (see
 * `trusted`), or an auth wall. The content script waits for this after an SPA
 * navigation before extracting.
 */
export function isTopCardReady(doc: Document, url: string): boolean {
  try {
    const page = inspectPage(doc, url);
    if (!page.profileUrl || page.kind === 'not-profile') return false;
    if (!page.card) return page.kind === 'authwall';
    const publicId = publicIdFromProfileUrl(page.profileUrl) ?? '';
    const verdict = compareIdentity(readCardIdentity(page.card.el), publicId);
    return verdict === 'match' || (trusted(verdict, page.card) && readCardFields(page.card).name !== undefined);
  } catch {
    return false;
  }
}
