/**
 * What a restore writes, given what is stored now and a validated backup.
 *
 * - `replace`: the backup's tables, exactly; everything stored now goes.
 * - `merge`: the union of both. Rows with the same id (meta rows: the same
 *   key) are taken from the backup. People are also the same when they share
 *   a profile URL: the backup's person is kept, the stored one (other id) is
 *   dropped, and every stored row that pointed at it (touches, meetings and
 *   their referrals, clips, `referredById`, `introducerId`) is re-pointed at the
 *   backup's person, so nothing is orphaned and profile URLs stay unique.
 *
 * The result is the complete content of every row table after the restore:
 * write it by clearing the tables and bulk-putting these rows in one
 * transaction. The contact directory is not planned here: the database layer
 * writes the backup's connections into its buckets (lib/store/directory/restore-connections.ts).
 */
import type { Meeting, Person, ResearchClip, Touch } from '@/lib/domain/model';
import type { RowTables } from './backup';

export type RestoreMode = 'merge' | 'replace';

function mergeBy<T>(
  current: readonly T[],
  incoming: readonly T[],
  keyOf: (row: T) => string,
  adjust: (row: T) => T,
): T[] {
  const rows = new Map<string, T>();
  for (const row of current) rows.set(keyOf(row), adjust(row));
  for (const row of incoming) rows.set(keyOf(row), row);
  return [...rows.values()];
}

const byId = (row: { id: string }) => row.id;

export function planRestore(current: RowTables, incoming: RowTables, mode: RestoreMode): RowTables {
  if (mode === 'replace') {
    return {
      people: [...incoming.people],
      touches: [...incoming.touches],
      meetings: [...incoming.meetings],
      templates: [...incoming.templates],
      clips: [...incoming.clips],
      meta: [...incoming.meta],
      companies: [...incoming.companies],
      objectives: [...incoming.objectives],
    };
  }
  const incomingIds = new Set(incoming.people.map(byId));
  const incomingByUrl = new Map<string, string>();
  for (const person of incoming.people) if (person.profileUrl) incomingByUrl.set(person.profileUrl, person.id);

  // Stored people replaced by a backup person with the same profile URL but another id.
  const moved = new Map<string, string>();
  for (const person of current.people) {
    if (incomingIds.has(person.id) || !person.profileUrl) continue;
    const winner = incomingByUrl.get(person.profileUrl);
    if (winner !== undefined) moved.set(person.id, winner);
  }
  const to = (id: string) => moved.get(id) ?? id;

  const keptPeople = current.people.filter((person) => !moved.has(person.id));
  const people = mergeBy<Person>(keptPeople, incoming.people, byId, (person) => {
    const referrer = person.referredById && moved.has(person.referredById);
    const introducer = person.introducer?.personId && moved.has(person.introducer.personId);
    if (!referrer && !introducer) return person;
    const next: Person = { ...person };
    if (referrer) next.referredById = to(person.referredById!);
    if (introducer) next.introducer = { ...person.introducer!, personId: to(person.introducer!.personId!) };
    return next;
  });
  const touches = mergeBy<Touch>(current.touches, incoming.touches, byId, (touch) => {
    const referralMoved = touch.referrals?.some((r) => moved.has(r.personId)) ?? false;
    if (!moved.has(touch.personId) && !(touch.introducerId && moved.has(touch.introducerId)) && !referralMoved) return touch;
    const next: Touch = { ...touch, personId: to(touch.personId) };
    if (touch.introducerId !== undefined) next.introducerId = to(touch.introducerId);
    if (touch.referrals) next.referrals = touch.referrals.map((referral) => ({ ...referral, personId: to(referral.personId) }));
    return next;
  });
  const meetings = mergeBy<Meeting>(current.meetings, incoming.meetings, byId, (meeting) => {
    const pointsAtMoved = moved.has(meeting.personId) || meeting.referrals.some((r) => moved.has(r.personId));
    if (!pointsAtMoved) return meeting;
    return {
      ...meeting,
      personId: to(meeting.personId),
      referrals: meeting.referrals.map((referral) => ({ ...referral, personId: to(referral.personId) })),
    };
  });
  const clips = mergeBy<ResearchClip>(current.clips, incoming.clips, byId, (clip) =>
    clip.personId && moved.has(clip.personId) ? { ...clip, personId: to(clip.personId) } : clip,
  );
  return {
    people,
    touches,
    meetings,
    templates: mergeBy(current.templates, incoming.templates, byId, (template) => template),
    clips,
    meta: mergeBy(
      current.meta,
      incoming.meta,
      (row) => row.key,
      (row) => row,
    ),
    // A company is its key: the backup's wins (aliases included); objectives by id.
    companies: mergeBy(current.companies, incoming.companies, (row) => row.key, (row) => row),
    objectives: mergeBy(current.objectives, incoming.objectives, byId, (row) => row),
  };
}
