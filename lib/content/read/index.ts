/**
 * Reading LinkedIn profile pages: URL rules, page classification, extraction of
 * the ProfileSnapshot. Browser-safe: no Node or jsdom imports anywhere in here
 * (the content script bundles this folder; scripts/extract.ts brings its own jsdom).
 */
export {
  absoluteLinkedInUrl,
  isMemberIdSlug,
  normaliseProfileUrl,
  profileUrlFromHref,
  publicIdFromProfileUrl,
} from '@/lib/domain/identity/profile-url';
export { classifyPage, inspectPage, ownProfileRule, profileUrlBehindWall, type PageInspection } from './classify-page';
export { extractProfile, isTopCardReady, readProfile, SNAPSHOT_FIELDS, type Reading } from './extract-profile';
export { collectEvidence, type Evidence, type Why } from './evidence';
export { describeEvidence, explainProfile } from './explain';
export { relationFromJson } from './relation-json';
export { profileUrlFromDocument } from './page-url';
export { compareIdentity, findTopCard, readCardIdentity } from './top-card';
export type { CardIdentity, IdentityVerdict, TopCard } from './top-card';
export { readCardFields, type CardFields } from './fields';
export { actionKind, readActions, type ActionKind, type ActionSummary } from './actions';
export { candidates, readDegree, type Candidate, type DegreeReading } from './degree';
export { readMutuals, type MutualReading } from './mutuals';
export { clean, textOf } from './dom-text';
export * from './languages';
export * from '@/lib/content/read/selectors';
