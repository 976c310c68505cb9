/**
 * The Connections.csv URL column → the project's canonical profile URL
 * (`https://www.linkedin.com/in/<slug>/`, lib/domain/identity/profile-url.ts), with a
 * fast path for the export's own form so 30,000 rows need no URL parsing.
 */
import { normaliseProfileUrl, publicIdFromProfileUrl } from './profile-url';

/** What the export writes: a lower-case ASCII vanity slug, no query. Already canonical. */
const CANONICAL = /^https:\/\/www\.linkedin\.com\/in\/([a-z0-9-]{1,100})\/?$/;

export function connectionProfileUrl(cell: string): string | undefined {
  const text = cell.trim();
  if (text === '') return undefined;
  const canonical = CANONICAL.exec(text);
  if (canonical && /[a-z0-9]/.test(canonical[1] ?? '')) return `https://www.linkedin.com/in/${canonical[1]}/`;
  return normaliseProfileUrl(text) ?? undefined;
}

/** The slug of a profile URL (LinkedIn calls it the public id). */
export function publicIdOf(profileUrl: string): string | undefined {
  const canonical = CANONICAL.exec(profileUrl)?.[1];
  if (canonical && /[a-z0-9]/.test(canonical)) return canonical;
  return publicIdFromProfileUrl(profileUrl) ?? undefined;
}
