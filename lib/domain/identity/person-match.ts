/** Matching a person by name and company when there is no profile URL to go by. */

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const NOT_ASCII_ALNUM = /[^a-z0-9]+/g;

/**
 * Case-, accent- and punctuation-insensitive form of a name or company:
 * "Lucie Ferrand-Araújo" and "lucie ferrand araujo" give the same key.
 */
export function matchKey(text: string | undefined): string {
  if (!text) return '';
  // Plain ASCII (most names): no accents to strip, and letters and digits are [a-z0-9]; same result, far faster.
  if (PRINTABLE_ASCII.test(text)) return text.toLowerCase().replace(NOT_ASCII_ALNUM, ' ').trim();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The key for "same name at the same company", or '' when either is missing
 * (a bare name is too weak to merge two people on).
 */
export function nameCompanyKey(name: string | undefined, company: string | undefined): string {
  const nameKey = matchKey(name);
  const companyKey = matchKey(company);
  return nameKey && companyKey ? `${nameKey}\u0000${companyKey}` : '';
}

/** What tells two connections apart: the profile URL, else name and company, else the name. */
export function connectionKey(contact: { profileUrl?: string; name: string; company?: string }): string {
  if (contact.profileUrl) return contact.profileUrl;
  return `name:${nameCompanyKey(contact.name, contact.company) || matchKey(contact.name)}`;
}
