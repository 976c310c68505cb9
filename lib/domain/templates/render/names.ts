/** Names as people use them in a message: "Dr. Jane Doe, PhD" → "Jane". */

const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'miss', 'prof', 'sir', 'dame', 'mme', 'mlle']);

/** Collapses runs of whitespace and trims. */
export function tidyName(name: string | undefined): string {
  return (name ?? '').replace(/\s+/g, ' ').trim();
}

/** The first given name, skipping a leading courtesy title; '' when none. */
export function firstNameOf(name: string | undefined): string {
  const words = tidyName(name)
    .split(/[\s,]+/)
    .filter((w) => w.length > 0);
  const first = words.find((w, i) => {
    const bare = w.replace(/\.$/, '').toLowerCase();
    return !(TITLES.has(bare) && i < words.length - 1);
  });
  return first ?? '';
}

/** Case- and spacing-insensitive key for matching a name. */
export function nameKey(name: string | undefined): string {
  return tidyName(name).normalize('NFKC').toLocaleLowerCase('en');
}

/** Key for matching a LinkedIn profile URL: host, path, no query, no trailing slash. */
export function profileUrlKey(url: string | undefined): string {
  const raw = (url ?? '').trim();
  if (!raw) return '';
  try {
    const parsed = new URL(raw);
    const host = parsed.hostname.replace(/^(www\.|[a-z]{2}\.)/i, '').toLowerCase();
    const path = decodeURIComponent(parsed.pathname).replace(/\/+$/, '').toLowerCase();
    return `${host}${path}`;
  } catch {
    return raw
      .toLowerCase()
      .replace(/[?#].*$/, '')
      .replace(/\/+$/, '');
  }
}
