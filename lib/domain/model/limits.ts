/**
 * What may be stored, in numbers: the length of every text the user types and
 * the range of every date. Free of zod, so forms (maxLength, counters) and the
 * zod schemas (lib/domain/model/*.ts, which restore enforces) read the same
 * figures; a unit test keeps each schema at its limit.
 *
 * Lengths count UTF-16 units, as `maxLength` and zod's `.max()` do.
 */

/** Limits of a person's fields (lib/domain/model/person.ts). */
export const PERSON_LIMITS = {
  name: 300,
  /** LinkedIn allows 220; room for a pasted one with its extras. */
  headline: 1000,
  company: 300,
  position: 300,
  location: 300,
  /** RFC 5321: 64 for the local part, 1 for @, 255 for the domain. */
  email: 320,
  /**
   * Real people keep more than one number in the field, with words:
   * "+44 20 7946 0000 (office) / +44 7700 900123 (mobile)" is 52; 50 was too short.
   */
  phone: 200,
  notes: 100_000,
  objectiveDetail: 500,
} as const;

/** Limits of a target company and an objective (company.ts, objective-record.ts); ids of records. */
export const COMPANY_LIMITS = { key: 300, name: 300, aliases: 100, notes: 10_000, objectiveTitle: 200, goal: 100 } as const;
export const ID_LIMIT = 64;

/** Limits of a touch's texts (lib/domain/model/touch.ts). */
export const TOUCH_LIMITS = { text: 100_000, subject: 1000, note: 10_000, referrals: 100 } as const;

/** Limits of a meeting's texts (lib/domain/model/meeting.ts). */
export const MEETING_LIMITS = { place: 500, question: 1000, questions: 100, notes: 100_000, referrals: 100 } as const;

/** Limits of a template (lib/domain/model/template.ts); a draft's text follows them. */
export const TEMPLATE_LIMITS = { name: 200, subject: 1000, body: 20_000 } as const;

/** The first and last instants a stored date may be: 1 January 1990 and 1 January 2200 (UTC). */
export const EARLIEST_DATE = Date.UTC(1990, 0, 1);
export const LATEST_DATE = Date.UTC(2200, 0, 1);
export const EARLIEST_YEAR = 1990;
export const LATEST_YEAR = 2200;

/**
 * Whether a value is a date Inroads may store (epoch ms between 1990 and
 * 2200). Anything else — NaN, ±Infinity, 1e16 (beyond what Date can show),
 * year 20245 typed by mistake — is refused on write and on restore.
 */
export function isStorableDate(at: unknown): at is number {
  return typeof at === 'number' && Number.isFinite(at) && at >= EARLIEST_DATE && at <= LATEST_DATE;
}
