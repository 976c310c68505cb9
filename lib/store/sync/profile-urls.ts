/**
 * Profile URLs stay unique (the people index requires it) when the same
 * LinkedIn profile became a person on two devices before they synced: both
 * people stay, the one with the smaller id holds the URL, the other is
 * stored without it; when the holder is deleted, the URL goes to the next.
 * Inside the caller's transaction (people and syncRows).
 */
import type { Person } from '@/lib/domain/model';
import { visibleFields } from '@/lib/domain/sync/merge';
import type { InroadsDb } from '@/lib/store/database';

type Row = Record<string, unknown>;

/** Keeps profileUrl unique: the person with the smaller id keeps it, the other is stored without. */
export async function shareProfileUrls(db: InroadsDb, puts: Row[]): Promise<void> {
  const ids = new Set(puts.map((row) => row.id as string));
  const urls = [...new Set(puts.map((row) => row.profileUrl).filter((url): url is string => typeof url === 'string'))];
  if (urls.length === 0) return;
  const holder = new Map<string, string>();
  for (const person of await db.people.where('profileUrl').anyOf(urls).toArray()) {
    if (!ids.has(person.id)) holder.set(person.profileUrl!, person.id);
  }
  const strip: Person[] = [];
  for (const row of [...puts].sort((a, b) => ((a.id as string) < (b.id as string) ? -1 : 1))) {
    const url = row.profileUrl as string | undefined;
    if (url === undefined) continue;
    const other = holder.get(url);
    if (other === undefined) holder.set(url, row.id as string);
    else if (other < (row.id as string)) delete row.profileUrl;
    else {
      const stored = await db.people.get(other);
      if (stored) {
        const { profileUrl: _url, ...rest } = stored;
        strip.push(rest);
      }
      holder.set(url, row.id as string);
    }
  }
  await db.people.bulkPut(strip);
}

/** A released profile URL goes to the person with the smallest id whose merged record has it. */
export async function handOverProfileUrls(db: InroadsDb, urls: Set<string>): Promise<void> {
  if (urls.size === 0) return;
  const taken = new Set((await db.people.where('profileUrl').anyOf([...urls]).toArray()).map((p) => p.profileUrl));
  const free = new Set([...urls].filter((url) => !taken.has(url)));
  if (free.size === 0) return;
  const states = await db.syncRows
    .where('id')
    .between('people/', 'people/\uffff')
    .filter((state) => free.has(state.c.profileUrl?.v as string))
    .toArray();
  for (const state of states.sort((a, b) => (a.k < b.k ? -1 : 1))) {
    const url = state.c.profileUrl!.v as string;
    const person = free.has(url) ? await db.people.get(state.k) : undefined;
    if (!person || person.profileUrl !== undefined || !visibleFields(state)) continue;
    await db.people.put({ ...person, profileUrl: url });
    free.delete(url);
  }
}
