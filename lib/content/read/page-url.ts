/**
 * The profile URL a saved page is about, when nobody says (the CLI without --url):
 * the top card's own links first, then canonical / og:url, then the member id.
 */
import { normaliseProfileUrl } from '@/lib/domain/identity/profile-url';
import { findTopCard, readCardIdentity } from './top-card';
import { isMemberIdSlug } from '@/lib/domain/identity/profile-url';

const PAGE_URLS = [
  'link[rel="canonical"]',
  'meta[property="og:url"]',
  'meta[name="og:url"]',
  'meta[name="twitter:url"]',
];

/** The normalised profile URL this document shows, or null when it names none. */
export function profileUrlFromDocument(doc: Document): string | null {
  try {
    const card = findTopCard(doc);
    const identity = card ? readCardIdentity(card.el) : { slugs: [], memberIds: [] };
    const vanity = identity.slugs.filter((s) => !isMemberIdSlug(s));
    if (vanity.length === 1 && vanity[0])
      return normaliseProfileUrl(`https://www.linkedin.com/in/${encodeURIComponent(vanity[0])}/`);
    for (const selector of PAGE_URLS) {
      const el = doc.querySelector(selector);
      const url = normaliseProfileUrl(el?.getAttribute('href') ?? el?.getAttribute('content') ?? '');
      if (url) return url;
    }
    const ids = [...new Set([...identity.memberIds, ...identity.slugs.filter(isMemberIdSlug)])];
    return ids.length === 1 && ids[0] ? normaliseProfileUrl(`https://www.linkedin.com/in/${ids[0]}/`) : null;
  } catch {
    return null;
  }
}
