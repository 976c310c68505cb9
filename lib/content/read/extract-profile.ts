/**
 * The ProfileSnapshot of a LinkedIn page (the `npm run extract` contract).
 * Never throws, never guesses (a field not found is absent and named in
 * `missing`), and never reports the top card of one person under another's URL.
 */
import type { Degree, ProfileSnapshot } from '@/lib/domain/model/snapshot';
import { inspectPage, type PageInspection } from './classify-page';
import { publicIdFromProfileUrl } from '@/lib/domain/identity/profile-url';
import { readActions } from './actions';
import { readDegree } from './degree';
import { readCardFields } from './fields';
import { readMutuals } from './mutuals';
import { compareIdentity, readCardIdentity, type CardIdentity, type TopCard } from './top-card';

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

function read(doc: Document, page: PageInspection, card: TopCard, identity: CardIdentity, base: ProfileSnapshot) {
  const self = page.kind === 'self';
  const wall = page.kind === 'authwall';
  const snapshot: ProfileSnapshot = { ...base, ...readCardFields(card) };
  // Own profile and logged-out page: no outreach action applies, and no degree is shown.
  const actions =
    self || wall ? { notFirst: false, connected: false, primary: 'unknown' as const } : readActions(card.el);
  const degree: Degree | null = self ? 'self' : wall ? null : readDegree(card.el, actions, page.profileUrl);
  snapshot.degree = degree ?? 'unknown';
  if (actions.primary) snapshot.primaryAction = actions.primary;
  const ids = identity.memberIds;
  const mutual = self || wall ? null : readMutuals(card.el, doc, ids.length === 1 ? ids[0] : undefined, snapshot.name);
  const memberId = ids.length === 1 ? ids[0] : ids.length === 0 ? mutual?.memberId : undefined;
  if (memberId) snapshot.memberUrn = `urn:li:fsd_profile:${memberId}`;
  if (mutual) {
    snapshot.mutuals = mutual.mutuals;
    if (mutual.count !== undefined) snapshot.mutualCount = mutual.count;
    if (mutual.searchUrl) snapshot.mutualsSearchUrl = mutual.searchUrl;
  }
  snapshot.missing = missingOf(snapshot);
  return snapshot;
}

/** The snapshot of `doc`, whose address is `url`. */
export function extractProfile(doc: Document, url: string): ProfileSnapshot {
  let base = bare(typeof url === 'string' ? url.slice(0, 2048) : '', '', 'not-profile');
  try {
    const page = inspectPage(doc, url);
    if (!page.profileUrl) return base;
    base = bare(page.profileUrl, publicIdFromProfileUrl(page.profileUrl) ?? '', page.kind);
    if (!page.card || page.kind === 'not-profile') return base;
    const identity = readCardIdentity(page.card.el);
    if (compareIdentity(identity, base.publicId) === 'mismatch') {
      // The DOM still shows somebody else (SPA navigation in flight): report nothing of them.
      return { ...base, pageKind: page.kind === 'authwall' ? 'authwall' : 'profile' };
    }
    return read(doc, page, page.card, identity, base);
  } catch {
    return base;
  }
}

/**
 * True when the page shows a top card AND it belongs to the URL's profile
 * (or the card names nobody but shows a name). The content script waits for
 * this after an SPA navigation before extracting.
 */
export function isTopCardReady(doc: Document, url: string): boolean {
  try {
    const page = inspectPage(doc, url);
    if (!page.card || !page.profileUrl || page.kind === 'not-profile') return false;
    const publicId = publicIdFromProfileUrl(page.profileUrl) ?? '';
    const verdict = compareIdentity(readCardIdentity(page.card.el), publicId);
    return verdict === 'match' || (verdict === 'unknown' && readCardFields(page.card).name !== undefined);
  } catch {
    return false;
  }
}
