/**
 * URL rules for LinkedIn member profiles. One canonical form:
 * `https://www.linkedin.com/in/<slug>/`, where a vanity slug is lowercased,
 * NFC-normalised and percent-encoded, and a member-id slug (`ACoAA…`) keeps its case.
 * Anything that is not a LinkedIn profile URL gives `null`. Pure, never throws.
 */

const ORIGIN = 'https://www.linkedin.com';
/** linkedin.com, www., m./mobile. and two-letter locale subdomains (se., fr., uk.). */
const HOST = /^(?:(?:www|m|mobile|[a-z]{2})\.)?linkedin\.com$/;
const SCHEME = /^([a-z][a-z0-9+-]*):/i;
const MEMBER_ID = /^ACoAA[A-Za-z0-9_-]{10,100}$/;
/** Letters of any script, combining marks, digits, hyphen and underscore. */
const SLUG = /^[\p{L}\p{M}\p{N}_-]{1,100}$/u;
/**
 * ASCII fast paths: Unicode property classes cost ~1–2 ms to compile on first
 * use in each new page, so they run only when the ASCII test cannot decide.
 */
const ASCII_SLUG = /^[A-Za-z0-9_-]{1,100}$/;
const isSlug = (slug: string) => ASCII_SLUG.test(slug) || SLUG.test(slug);
const hasLetterOrDigit = (slug: string) => /[A-Za-z0-9]/.test(slug) || /[\p{L}\p{N}]/u.test(slug);

/** True for a member-id slug such as `ACoAAxkoZCwR5aF7…` (case-sensitive). */
export function isMemberIdSlug(slug: string): boolean {
  return MEMBER_ID.test(slug);
}

function parse(input: string): URL | null {
  let text = input.trim();
  if (!text || text.length > 4096) return null;
  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();
  if (scheme === undefined) text = (text.startsWith('//') ? 'https:' : 'https://') + text;
  else if (scheme !== 'http' && scheme !== 'https') return null;
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

/** The decoded slug of a profile URL's path, or null. */
function slugOf(url: URL): string | null {
  if (url.username || url.password || url.port) return null;
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (!HOST.test(host)) return null;
  const parts = url.pathname.split('/').filter(Boolean);
  if (parts[0]?.toLowerCase() === 'mwlite') parts.shift(); // LinkedIn Lite: /mwlite/in/<slug>
  if (parts[0]?.toLowerCase() !== 'in' || !parts[1]) return null;
  let slug: string;
  try {
    slug = decodeURIComponent(parts[1]).normalize('NFC');
  } catch {
    return null;
  }
  if (!isSlug(slug) || !hasLetterOrDigit(slug)) return null;
  return isMemberIdSlug(slug) ? slug : slug.toLowerCase();
}

/**
 * The canonical profile URL for anything that points at a LinkedIn profile
 * (locale hosts, http, queries, hashes, sub-pages such as `/details/experience/`,
 * percent-encoding), or null when it is not a LinkedIn profile URL.
 */
export function normaliseProfileUrl(input: string): string | null {
  if (typeof input !== 'string') return null;
  const url = parse(input);
  const slug = url && slugOf(url);
  return slug ? `${ORIGIN}/in/${encodeURIComponent(slug)}/` : null;
}

/** The slug (decoded, e.g. `jürgen-müller`) of a profile URL, or null. */
export function publicIdFromProfileUrl(input: string): string | null {
  if (typeof input !== 'string') return null;
  const url = parse(input);
  return url ? slugOf(url) : null;
}

/** Resolves an href found on a LinkedIn page (often relative) against linkedin.com. */
export function absoluteLinkedInUrl(href: string): URL | null {
  const text = href.trim();
  if (!text || text.length > 4096 || /^(?:javascript|data|vbscript):/i.test(text)) return null;
  try {
    const url = new URL(text, ORIGIN);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/** The canonical profile URL of an href found on a page (`/in/slug/…?x=y`), or null. */
export function profileUrlFromHref(href: string): string | null {
  const url = absoluteLinkedInUrl(href);
  return url ? normaliseProfileUrl(url.href) : null;
}
