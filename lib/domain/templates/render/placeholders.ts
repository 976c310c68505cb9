/** The placeholders a template may use, with the visible marker for a missing value. */

export const PLACEHOLDER_LABELS = {
  firstName: 'first name',
  fullName: 'full name',
  company: 'company',
  headline: 'headline',
  introducerFirstName: "introducer's first name",
  introducerName: "introducer's name",
  referrerName: 'who referred you',
  myName: 'your name',
  myFirstName: 'your first name',
  myNameSpelled: 'your name, spelled out',
  myPhone: 'your phone number',
  myEmail: 'your email',
  signature: 'your signature',
  objective: 'what you want to learn',
  targetRole: 'your target role',
  minutes: 'minutes',
  followUpDay: 'follow-up day',
  callDay: 'day you will call',
  specificDetail: 'something specific — write it here',
  reachableWhen: 'when you are reachable',
  forwardableNote: 'a short note about you to forward',
} as const;

export type PlaceholderName = keyof typeof PLACEHOLDER_LABELS;

export const PLACEHOLDER_NAMES = Object.keys(PLACEHOLDER_LABELS) as PlaceholderName[];

/** Text values for placeholders; a missing or blank one renders as a marker. */
export type PlaceholderValues = Partial<Record<PlaceholderName, string>>;

/**
 * Values for a draft. Besides the text, the dates behind {{followUpDay}} and
 * {{callDay}} (epoch ms) so the UI can record the promise exactly
 * (Touch.promisedFollowUpAt) when the message is marked sent.
 */
export interface DraftValues extends PlaceholderValues {
  followUpAt?: number;
  callAt?: number;
}

const BY_LOWER_NAME = new Map<string, PlaceholderName>(PLACEHOLDER_NAMES.map((n) => [n.toLowerCase(), n]));

/** The placeholder a slot names (case-insensitive), if it is one we know. */
export function placeholderNamed(raw: string): PlaceholderName | undefined {
  return BY_LOWER_NAME.get(raw.trim().toLowerCase());
}

/** The visible marker for a missing value, e.g. "[first name]". */
export function markerFor(name: PlaceholderName): string {
  return `[${PLACEHOLDER_LABELS[name]}]`;
}
