/**
 * Importing LinkedIn's Connections.csv: the contact directory gets every
 * connection, and the people already stored that the file matches are updated.
 *
 * The file is parsed and planned completely first (a bad file writes nothing),
 * then written in chunks, one transaction per chunk, yielding to the event loop
 * between chunks so the side panel stays responsive. A person changed or
 * stored by something else while the import runs (a profile visit in the
 * background) is merged again with its row, never overwritten.
 */
import type { Person } from '@/lib/domain/model';
import { parseConnectionsCsv, planConnectionsImport, type ConnectionsFormat, type SkippedLine } from '@/lib/domain/formats';
import { connectionsText } from '@/lib/domain/formats/connections/connections-file';
import type { PlannedConnection } from '@/lib/domain/directory/plan';
import { connectionKey } from '@/lib/domain/identity/person-match';
import { groupByBucket, type ConnectionOutcome } from '@/lib/domain/directory/buckets';
import { CONNECTIONS_CHANGED_KEY, mergeConnections } from './connections';
import type { InroadsDb } from '@/lib/store/database';
import { mergeLatePeople, writeUpdated } from './import-chunks';
import { rowFinder } from './import-rows';
import { historyTables } from '@/lib/store/history/next-action';
import { yieldToEventLoop } from '@/lib/store/yield';

export interface ConnectionsImportSummary {
  ok: true;
  format: ConnectionsFormat;
  /** Rows with a contact in the file. */
  rows: number;
  /** Connections new to Inroads. */
  added: number;
  /** Connections or people whose details changed. */
  updated: number;
  /** Rows matching a connection (and person) already up to date. */
  unchanged: number;
  /** Lines not imported, with the reason, in file order. */
  skipped: SkippedLine[];
  /** Something to check about the file as a whole (read as Windows-1252), in the user's words. */
  notice?: string;
}

export type ConnectionsImportResult =
  | ConnectionsImportSummary
  | { ok: false; error: { line: number; message: string } };

export type ImportProgress = (done: number, total: number) => void;

export interface ImportOptions {
  /** Connections per transaction, about (default 5,000; people updates: 1,000). */
  chunkSize?: number;
}

/** Directory chunks: whole buckets, about `size` connections each. */
function directoryChunks(planned: readonly PlannedConnection[], size: number) {
  const chunks: PlannedConnection['connection'][][] = [];
  let current: PlannedConnection['connection'][] = [];
  for (const group of groupByBucket(planned.map((p) => p.connection)).values()) {
    current.push(...group);
    if (current.length < size) continue;
    chunks.push(current);
    current = [];
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** A row's count: a stored person it changed makes it "updated", else what the directory did. */
function countOutcome(summary: ConnectionsImportSummary, outcome: ConnectionOutcome, personChanged: boolean) {
  if (personChanged || outcome === 'updated') summary.updated++;
  else if (outcome === 'added') summary.added++;
  else summary.unchanged++;
}

/** `source`: the file's bytes (any encoding: connections-file.ts), or text already decoded. */
export async function importConnections(
  db: InroadsDb,
  source: string | Uint8Array,
  now: number,
  onProgress?: ImportProgress,
  options: ImportOptions = {},
): Promise<ConnectionsImportResult> {
  const read = typeof source === 'string' ? { ok: true as const, text: source } : connectionsText(source);
  if (!read.ok) return read;
  const parsed = parseConnectionsCsv(read.text);
  if (!parsed.ok) return parsed;
  const finder = rowFinder(parsed.rows);
  const everyone = await db.people.toArray();
  const known = new Set(everyone.map((person) => person.id));
  const matchable = everyone.filter((person) => finder.couldMatch(person));
  const plan = planConnectionsImport(parsed.rows, matchable, now);
  // When each matched person was last changed: a later change means someone else wrote meanwhile.
  const before = new Map(matchable.map((person) => [person.id, person.updatedAt]));
  const summary: ConnectionsImportSummary = {
    ok: true,
    format: parsed.format,
    rows: parsed.rows.length,
    added: 0,
    updated: 0,
    unchanged: 0,
    skipped: [...parsed.skipped, ...plan.skipped],
  };
  if ('notice' in read && read.notice) summary.notice = read.notice;
  const size = Math.max(1, Math.floor(options.chunkSize ?? 5000));
  const total = plan.connections.length;
  let done = 0;
  onProgress?.(0, total);
  const changedPeople = new Set<string>();
  const personChunk = Math.min(size, 1000);
  for (let i = 0; i < plan.update.length; i += personChunk) {
    const people: Person[] = plan.update.slice(i, i + personChunk);
    const written = await db.transaction('rw', historyTables(db), () => writeUpdated(db, people, before, finder, now));
    for (const id of written.ids) changedPeople.add(id);
    await yieldToEventLoop();
  }
  const outcomes = new Map<string, ConnectionOutcome>();
  for (const chunk of directoryChunks(plan.connections, size)) {
    const written = await db.transaction('rw', db.connections, db.meta, async () => {
      const merged = await mergeConnections(db, chunk);
      // Each chunk counts for the backup reminder as it is written: an import stopped part-way is a change too.
      if ([...merged.values()].some((outcome) => outcome !== 'unchanged')) {
        await db.meta.put({ key: CONNECTIONS_CHANGED_KEY, value: now });
      }
      return merged;
    });
    for (const [key, outcome] of written) outcomes.set(key, outcome);
    done += chunk.length;
    onProgress?.(done, total);
    await yieldToEventLoop();
  }
  // People stored by another writer since the plan (a profile visit): merged with their row.
  const late = await db.transaction('rw', historyTables(db), () => mergeLatePeople(db, known, finder, now));
  for (const id of late) changedPeople.add(id);
  for (const { connection, personId } of plan.connections) {
    const outcome = outcomes.get(connectionKey(connection)) ?? 'unchanged';
    countOutcome(summary, outcome, personId !== undefined && changedPeople.has(personId));
  }
  summary.skipped.sort((a, b) => a.line - b.line);
  return summary;
}
