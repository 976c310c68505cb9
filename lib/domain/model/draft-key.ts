/**
 * The key of a saved draft: `draft:` and 16 hex digits hashed from the
 * profile URL, so its length is fixed whatever the URL (a 20-letter Thai
 * slug, percent-encoded, made the old `draft:<url>` key pass the 200
 * characters a backup allows). Free of zod: the popup saves drafts at once.
 */

/** A 64-bit hash of a text, as 16 hex digits (cyrb53's mixing, both halves kept). Not for secrets. */
export function hash64(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return hex(h2) + hex(h1);
}

export const DRAFT_KEY_PREFIX = 'draft:';

/** The meta key of the draft for a profile URL (22 characters). */
export function draftKey(profileUrl: string): string {
  return `${DRAFT_KEY_PREFIX}${hash64(profileUrl)}`;
}

/** Whether a meta key is a draft's as versions before the hashed keys wrote it (`draft:` and the URL). */
export function isUrlDraftKey(key: unknown): key is string {
  return typeof key === 'string' && key.startsWith(`${DRAFT_KEY_PREFIX}http`);
}

/**
 * A draft row keyed the old way as it is stored now: hashed key, the URL kept
 * in the value (so a look-up can tell two URLs apart). Other rows unchanged.
 */
export function withHashedDraftKey<T extends { key: unknown; value?: unknown }>(row: T): T {
  if (!isUrlDraftKey(row.key)) return row;
  const profileUrl = row.key.slice(DRAFT_KEY_PREFIX.length);
  const value = typeof row.value === 'object' && row.value !== null ? row.value : {};
  return { ...row, key: draftKey(profileUrl), value: { ...value, profileUrl } };
}
