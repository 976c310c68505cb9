/**
 * Importing LinkedIn's Connections.csv into the database.
 *
 * The file is parsed and planned completely first (a bad file writes nothing),
 * then written in chunks, one transaction per chunk, yielding to the event loop
 * between chunks so the side panel stays responsive during a 30,000-row import.
 * A person changed by something else while the import runs (a profile visit
 * in the background) is merged again with its row, never overwritten.
 */
import type { Person } from '../model';
import { parseConnectionsCsv, planConnectionsImport, type ConnectionsFormat, type SkippedLine } from '../io';
import type { InroadsDb } from './database';
import { writeAdded, writeUpdated } from './import-chunks';
import { rowFinder, type RowFinder } from './import-rows';
import { historyTables } from './next-action';
import { newId } from './people';

export interface ConnectionsImportSummary {
  ok: true;
  format: ConnectionsFormat;
  /** Rows with a contact in the file. */
  rows: number;
  added: number;
  updated: number;
  /** Rows matching someone already up to date. */
  unchanged: number;
  /** Lines not imported, with the reason, in file order. */
  skipped: SkippedLine[];
}

export type ConnectionsImportResult =
  | ConnectionsImportSummary
  | { ok: false; error: { line: number; message: string } };

export type ImportProgress = (done: number, total: number) => void;

export interface ImportOptions {
  /** People per transaction (default 1,000). */
  chunkSize?: number;
}

/**
 * Lets the page render between chunks. A message (or scheduler.yield) rather
 * than setTimeout, which browsers throttle to once a second in hidden pages.
 */
function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Only people whose URL or name + company appears in the file can match a row. */
async function matchablePeople(db: InroadsDb, finder: RowFinder): Promise<Person[]> {
  const people = await db.people.toArray();
  return people.filter((person) => finder.couldMatch(person));
}

export async function importConnections(
  db: InroadsDb,
  text: string,
  now: number,
  onProgress?: ImportProgress,
  options: ImportOptions = {},
): Promise<ConnectionsImportResult> {
  const parsed = parseConnectionsCsv(text);
  if (!parsed.ok) return parsed;
  const finder = rowFinder(parsed.rows);
  const matchable = await matchablePeople(db, finder);
  const plan = planConnectionsImport(parsed.rows, matchable, now, newId);
  // When each matched person was last changed: a later change means someone else wrote meanwhile.
  const before = new Map(matchable.map((person) => [person.id, person.updatedAt]));
  const summary: ConnectionsImportSummary = {
    ok: true,
    format: parsed.format,
    rows: parsed.rows.length,
    added: 0,
    updated: 0,
    unchanged: plan.unchanged,
    skipped: [...parsed.skipped, ...plan.skipped],
  };
  const chunkSize = Math.max(1, Math.floor(options.chunkSize ?? 1000));
  const total = plan.add.length + plan.update.length;
  let done = 0;
  onProgress?.(0, total);
  const chunks: { people: Person[]; isNew: boolean }[] = [];
  for (let i = 0; i < plan.update.length; i += chunkSize)
    chunks.push({ people: plan.update.slice(i, i + chunkSize), isNew: false });
  for (let i = 0; i < plan.add.length; i += chunkSize)
    chunks.push({ people: plan.add.slice(i, i + chunkSize), isNew: true });
  for (const chunk of chunks) {
    const counts = await db.transaction('rw', historyTables(db), () =>
      chunk.isNew ? writeAdded(db, chunk.people, finder, now) : writeUpdated(db, chunk.people, before, finder, now),
    );
    summary.added += counts.added;
    summary.updated += counts.updated;
    summary.unchanged += counts.unchanged;
    summary.skipped.push(...counts.skipped);
    done += chunk.people.length;
    onProgress?.(done, total);
    await yieldToEventLoop();
  }
  summary.skipped.sort((a, b) => a.line - b.line);
  return summary;
}
