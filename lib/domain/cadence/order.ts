/** The order of a person's history: by time, then by the order it was logged. */

const MINUTE = 60_000;

/**
 * Oldest first by the minute (the precision people enter and read times in),
 * then by when it was logged. A reply logged "at 09:00" for a message marked
 * sent at 09:00:37 is in the same minute, and was logged after it: it comes
 * after it, and answers it.
 */
export function byMinuteThenLogged(a: { at: number; createdAt: number }, b: { at: number; createdAt: number }): number {
  return Math.floor(a.at / MINUTE) - Math.floor(b.at / MINUTE) || a.createdAt - b.createdAt;
}
