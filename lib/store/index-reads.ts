/**
 * Reads of an index for several keys at once, as one `getAll` per key in
 * parallel. Dexie's `anyOf` and `inAnyRange` walk a cursor instead, a round
 * trip per row: in Chromium, on a freshly opened page, the Companies view's
 * reads took 2–3 times as long that way (measured against each other on the
 * bench's 30,000 connections and 2,000 people).
 */
import { Dexie, type IndexableType, type Table } from 'dexie';

/** The rows whose `index` holds any of `keys`, each once (by primary key), in no particular order. */
export async function rowsWithAnyOf<T, K, I>(
  table: Table<T, K, I>,
  index: string,
  keys: readonly IndexableType[],
): Promise<T[]> {
  const lists = await Promise.all([...new Set(keys)].map((key) => table.where(index).equals(key).toArray()));
  if (lists.length < 2) return lists[0] ?? [];
  const keyPath = table.schema.primKey.keyPath;
  if (typeof keyPath !== 'string' || keyPath.includes('.'))
    throw new Error(`rowsWithAnyOf: ${table.name} needs a plain inline key`);
  const seen = new Map<unknown, T>();
  for (const row of lists.flat()) seen.set((row as Record<string, unknown>)[keyPath], row);
  return [...seen.values()];
}

/** The rows of these people, through a `[personId+at]` index (touches, meetings), in no particular order. */
export async function rowsOfPeople<T, K, I>(table: Table<T, K, I>, personIds: readonly string[]): Promise<T[]> {
  const lists = await Promise.all(
    [...new Set(personIds)].map((id) =>
      table.where('[personId+at]').between([id, Dexie.minKey], [id, Dexie.maxKey], true, true).toArray(),
    ),
  );
  return lists.flat();
}
