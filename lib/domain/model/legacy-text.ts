/**
 * Sentences older Inroads versions stored in the interface language (English
 * then), turned into codes by the schema-v4 upgrade and the backup 2 → 3
 * upgrade. Pure and lenient: rows arrive unvalidated.
 */

/** The note Done wrote on a touch before version 4. */
export const LEGACY_DONE_NOTE = 'Marked done from the follow-up list.';
/** The note Mark as sent wrote for an introducer known only by name. */
const LEGACY_INTRODUCER = /^Introducer: ([^\n]{1,300})$/;

type Row = Record<string, unknown>;

/**
 * A touch with the note Inroads wrote as an `appNote` code; other notes (the
 * user's own) stay. Returns the same object when nothing changes.
 */
export function touchWithAppNote<T extends Row>(touch: T): T {
  const note = touch.note;
  if (typeof note !== 'string' || touch.appNote !== undefined) return touch;
  const { note: _note, ...rest } = touch;
  if (note === LEGACY_DONE_NOTE && touch.channel === 'other') {
    return { ...rest, appNote: { code: 'marked-done', params: [] } } as unknown as T;
  }
  const introducer = LEGACY_INTRODUCER.exec(note);
  if (introducer && touch.kind === 'introduction-request') {
    return { ...rest, appNote: { code: 'introducer', params: [introducer[1]] } } as unknown as T;
  }
  return touch;
}

/** Whether a stored next action still carries a sentence (before version 4) rather than a reason code. */
export function hasLegacyReason(person: Row): boolean {
  const next = person.nextAction as Row | undefined;
  return typeof next === 'object' && next !== null && typeof next.reason !== 'object';
}

/** A person without a next action (it is recomputed from their history). */
export function withoutNextAction<T extends Row>(person: T): T {
  const { nextAction: _a, nextActionAt: _b, ...rest } = person;
  return rest as T;
}
