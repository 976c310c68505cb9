/**
 * Schema version 4's upgrade: sentences stored in the interface language
 * become codes. Notes Inroads wrote on touches ("Marked done from the
 * follow-up list.", "Introducer: …") become `appNote` codes; every next action
 * whose reason is a sentence is recomputed from the person's history (a code
 * and its parameters), or dropped for a person who is not a target.
 */
import type { Transaction } from 'dexie';
import type { Meeting, Person, Touch } from '@/lib/domain/model';
import type { BackupMetaRow } from '@/lib/domain/formats';
import { hasLegacyReason, touchWithAppNote, withoutNextAction } from '@/lib/domain/model/legacy-text';
import { withFreshNextActions } from '@/lib/store/history/next-action-tables';

type Row = Record<string, unknown>;

export async function codesNotSentences(tx: Transaction): Promise<void> {
  const touchesTable = tx.table<Row, string>('touches');
  const stored = await touchesTable.toArray();
  const touches = stored.map(touchWithAppNote);
  const rewritten = touches.filter((touch, i) => touch !== stored[i]);
  if (rewritten.length > 0) await touchesTable.bulkPut(rewritten);

  const peopleTable = tx.table<Row, string>('people');
  const people = await peopleTable.toArray();
  if (!people.some(hasLegacyReason)) return;
  const [meetings, meta] = await Promise.all([tx.table<Row>('meetings').toArray(), tx.table<Row>('meta').toArray()]);
  // Rows of every earlier version are valid people, touches and meetings of today's model but for the reason.
  const fresh = withFreshNextActions(
    {
      people: people.map((p) => (hasLegacyReason(p) ? withoutNextAction(p) : p)) as unknown as Person[],
      touches: touches as unknown as Touch[],
      meetings: meetings as unknown as Meeting[],
      meta: meta as unknown as BackupMetaRow[],
    },
    Date.now(),
  ).people;
  const changed = fresh.filter((person, i) => hasLegacyReason(people[i]!) || person !== people[i]);
  await peopleTable.bulkPut(changed as unknown as Row[]);
}
