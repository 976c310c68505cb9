/** Names as people use them in a message: "Dr. Jane Doe, PhD" → "Jane". */

const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'miss', 'prof', 'sir', 'dame', 'mme', 'mlle']);

/** Collapses runs of whitespace and trims. */
export function tidyName(name: string | undefined): string {
  return (name ?? '').replace(/\s+/g, ' ').trim();
}

/** Names a page shows for someone it does not name (LinkedIn's "LinkedIn Member"). */
const UNKNOWN_NAMES = new Set(['linkedin member', 'membre de linkedin', 'linkedin-mitglied', 'miembro de linkedin']);

/**
 * Whether a "name" is really a link, an address or no name at all (a target
 * added by right-clicking a link is named by its URL until the user fixes
 * it): such a name is a blank to fill, never a greeting.
 */
export function isUnusableName(name: string | undefined): boolean {
  const tidy = tidyName(name);
  if (tidy === '') return true;
  if (UNKNOWN_NAMES.has(tidy.toLocaleLowerCase('en'))) return true;
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(tidy) || /^www\./i.test(tidy) || /[a-z0-9-]\.[a-z]{2,}\/\S/i.test(tidy) || /^\S+@\S+\.\S+$/.test(tidy);
}

/** The name as a message may use it: '' for a URL, an address or a name LinkedIn hides. */
export function usableName(name: string | undefined): string {
  return isUnusableName(name) ? '' : tidyName(name);
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
