/**
 * The Connections.csv URL column → normalised `https://www.linkedin.com/in/<slug>/`.
 * A deliberately narrow reader: only member-profile URLs on linkedin.com
 * (any subdomain, http or https, with or without query or trailing path) are
 * accepted; the slug is lower-cased (LinkedIn slugs are case-insensitive).
 */
export function connectionProfileUrl(cell: string): string | undefined {
  const text = cell.trim();
  if (text === '' || text.length > 2048) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const host = url.hostname.toLowerCase();
  if (host !== 'linkedin.com' && !host.endsWith('.linkedin.com')) return undefined;
  const match = /^\/in\/([^/]+)\/?/.exec(url.pathname);
  const raw = match?.[1];
  if (!raw) return undefined;
  let slug: string;
  try {
    slug = decodeURIComponent(raw).toLowerCase();
  } catch {
    return undefined;
  }
  if (slug.length < 2 || slug.length > 100 || /[\s/?#]/.test(slug)) return undefined;
  return `https://www.linkedin.com/in/${encodeURIComponent(slug)}/`;
}

/** The slug of a normalised profile URL (LinkedIn calls it the public id). */
export function publicIdOf(profileUrl: string): string | undefined {
  const match = /^https:\/\/www\.linkedin\.com\/in\/([^/]+)\/$/.exec(profileUrl);
  if (!match?.[1]) return undefined;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}
