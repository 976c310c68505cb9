/**
 * The round-trip guarantee, as a property: any sequence of what a user does
 * (user-operations.ts, through the functions the interface calls, with any
 * Unicode up to and past every limit) leaves a database whose backup
 * restores — export → wipe → restore gives back exactly the same database.
 * Every write past a limit is refused in the user's words; nothing else fails.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectRoundTrip } from './restore-backup';
import { recomputeAllNextActions } from '@/lib/store/history/recompute-all';
import { freshDb } from '../helpers';
import { run, session, type Operation } from './user-operations';

const START = Date.UTC(2025, 2, 13, 10);
const MINUTE = 60_000;

/** Runs `ops` as the user would, then export → wipe → restore, which must give the same database. */
async function roundTrip(ops: readonly Operation[]): Promise<void> {
  const db = freshDb();
  let now = START;
  for (const op of ops) {
    now += 7 * MINUTE;
    const { refused, mustRefuse } = await run(db, op, now);
    // Past a limit the write is refused; a refusal is otherwise a conflict or a gone person, in words.
    if (mustRefuse) expect(refused, `${op.type} past its limit was stored`).toBe(true);
  }
  const end = now + MINUTE;
  // What is owed is computed at the time of the restore: the same time here.
  await recomputeAllNextActions(db, end);
  await expectRoundTrip(db, end);
  db.close();
}

describe('what the user does always restores (property)', () => {
  it('random operations → export → wipe → restore gives an identical database, every time', async () => {
    await fc.assert(fc.asyncProperty(session, roundTrip), { numRuns: 60 });
  }, 600_000);

  it('restores a referral at a company written in 300 Hangul syllables (a counterexample the property found)', async () => {
    // NFKD takes each syllable apart into two letters: the derived company key was 600 characters, past
    // what a restore accepts (seed 365459990 of the property above, before companyKey kept to 300).
    await roundTrip([
      { type: 'add', slug: '%20', name: '', detail: '' },
      { type: 'meeting', who: 0, days: 0, mode: 'in-person', place: '' },
      { type: 'referrals', m: 0, name: '\u0000', company: '가'.repeat(300), slug: undefined, allowed: false },
      { type: 'clip', who: 0, company: '' },
    ] as Operation[]);
  });
});
