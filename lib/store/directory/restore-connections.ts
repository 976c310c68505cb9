/**
 * A backup's connections into the contact directory, inside the restore's one
 * transaction (which must include db.connections):
 *
 * - `replace`: the directory becomes exactly the backup's connections
 *   (cleared, then packed into buckets afresh).
 * - `merge`: they are merged into the stored buckets; a stored entry the file
 *   lacks stays, and for the same key the file's entry wins field by field as
 *   mergeConnection (connection-buckets.ts) defines.
 *
 * Either way two entries of the file with the same key end up as one.
 */
import type { Connection } from '@/lib/domain/model/connection';
import type { RestoreMode } from '@/lib/domain/formats';
import { groupByBucket, packConnections } from '@/lib/domain/directory/buckets';
import { mergeConnections } from './connections';
import type { InroadsDb } from '@/lib/store/database';

/**
 * Buckets written per step (of CONNECTION_BUCKETS = 512). Packed connections
 * are cheap (about 0.6 s for 30,000), so a few steps are enough for progress.
 */
const BUCKETS_PER_STEP = 128;

/** Writes the connections; `step` gets the number of connections written by each step. */
export async function writeRestoredConnections(
  db: InroadsDb,
  contacts: readonly Connection[],
  mode: RestoreMode,
  step: (count: number) => void,
): Promise<void> {
  if (mode === 'replace') await db.connections.clear();
  const groups = [...groupByBucket(contacts)];
  for (let start = 0; start < groups.length; start += BUCKETS_PER_STEP) {
    const part = groups.slice(start, start + BUCKETS_PER_STEP).flatMap(([, group]) => group);
    if (mode === 'replace') await db.connections.bulkPut(packConnections(part));
    else await mergeConnections(db, part);
    step(part.length);
  }
}
