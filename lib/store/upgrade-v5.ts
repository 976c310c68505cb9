/**
 * Schema version 5's upgrade: every row comes within what Inroads stores
 * now (one contract: the schemas a restore enforces), so its backup restores.
 * Version 4 (released) already made codes of sentences; running that part
 * again is harmless (a row already in codes is left as it is).
 *
 * - Dates outside 1990–2200 are repaired (repair-dates.ts); a next action due
 *   then is recomputed too. A last-backup or directory-change date outside is
 *   forgotten (the backup reminder then counts from the data).
 * - Drafts keyed `draft:<profile URL>` (200+ characters for some URLs) are
 *   keyed by a hash of the URL, the URL kept in the draft.
 */
import type { Transaction } from 'dexie';
import type { Meeting, Person, Touch } from '@/lib/domain/model';
import type { BackupMetaRow } from '@/lib/domain/formats';
import { hasLegacyReason, touchWithAppNote, withoutNextAction } from '@/lib/domain/model/legacy-text';
import { isStorableDate } from '@/lib/domain/model/limits';
import { isUrlDraftKey, withHashedDraftKey } from '@/lib/domain/model/draft-key';
import {
  repairClipDates,
  repairConnectionDates,
  repairMeetingDates,
  repairPersonDates,
  repairTouchDates,
} from '@/lib/domain/model/repair-dates';
import { withFreshNextActions } from '@/lib/store/history/next-action-tables';

type Row = Record<string, unknown>;

/** Rewrites the rows `repair` changes (returns a new object for those); the table's rows after. */
async function rewrite(tx: Transaction, table: string, repair: (row: Row) => Row): Promise<Row[]> {
  const stored = await tx.table<Row, string>(table).toArray();
  const rows = stored.map(repair);
  const changed = rows.filter((row, i) => row !== stored[i]);
  if (changed.length > 0) await tx.table<Row, string>(table).bulkPut(changed);
  return rows;
}

/** Meta rows: drafts keyed by a hash; bookkeeping dates Inroads cannot store forgotten. */
async function upgradeMeta(tx: Transaction): Promise<void> {
  const meta = tx.table<Row, string>('meta');
  const rows = await meta.toArray();
  const drafts = rows.filter((row) => isUrlDraftKey(row.key));
  if (drafts.length > 0) {
    await meta.bulkDelete(drafts.map((row) => row.key as string));
    await meta.bulkPut(drafts.map((row) => withHashedDraftKey(row as { key: unknown; value?: unknown })));
  }
  const badDates = rows.filter(
    (row) => (row.key === 'lastBackupAt' || row.key === 'connectionsChangedAt') && !isStorableDate(row.value),
  );
  if (badDates.length > 0) await meta.bulkDelete(badDates.map((row) => row.key as string));
}

export async function withinStoredLimits(tx: Transaction): Promise<void> {
  const now = Date.now();
  const touches = await rewrite(tx, 'touches', (touch) => repairTouchDates(touchWithAppNote(touch), now));
  await rewrite(tx, 'meetings', (meeting) => repairMeetingDates(meeting, now));
  await rewrite(tx, 'clips', (clip) => repairClipDates(clip, now));
  await rewrite(tx, 'connections', (bucket) => {
    const contacts = bucket.contacts;
    if (!Array.isArray(contacts)) return bucket;
    const fixed = contacts.map((c: Row) => repairConnectionDates(c));
    return fixed.some((c, i) => c !== contacts[i]) ? { ...bucket, contacts: fixed } : bucket;
  });
  await upgradeMeta(tx);

  const peopleTable = tx.table<Row, string>('people');
  const stored = await peopleTable.toArray();
  const repaired = stored.map((p) => repairPersonDates(p, now));
  // A next action the repair dropped is recomputed, like one whose reason is a sentence.
  const lostAction = (i: number) => stored[i]!.nextAction !== undefined && repaired[i]!.nextAction === undefined;
  const recompute = repaired.map((p, i) => hasLegacyReason(p) || lostAction(i));
  if (!recompute.some(Boolean)) {
    const changed = repaired.filter((p, i) => p !== stored[i]);
    if (changed.length > 0) await peopleTable.bulkPut(changed);
    return;
  }
  const [meetings, meta] = await Promise.all([tx.table<Row>('meetings').toArray(), tx.table<Row>('meta').toArray()]);
  // Rows of every earlier version are valid people, touches and meetings of today's model but for the reason.
  const fresh = withFreshNextActions(
    {
      people: repaired.map((p) => (hasLegacyReason(p) ? withoutNextAction(p) : p)) as unknown as Person[],
      touches: touches as unknown as Touch[],
      meetings: meetings as unknown as Meeting[],
      meta: meta as unknown as BackupMetaRow[],
    },
    Date.now(),
  ).people;
  const changed = fresh.filter((person, i) => recompute[i] || (person as unknown) !== stored[i]);
  await peopleTable.bulkPut(changed as unknown as Row[]);
}
