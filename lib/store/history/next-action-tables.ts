/**
 * What is owed to every target, computed from whole tables held in memory
 * (a restore's rows, before they are written): the same inputs and the same
 * result as recomputeNextAction reading the database, without reading it.
 */
import type { Meeting, Person, Settings, Touch } from '@/lib/domain/model';
import type { BackupMetaRow } from '@/lib/domain/formats';
import { computeNextAction, referralCheckBack } from '@/lib/domain/cadence/cadence';
import { withNextAction } from './next-action';
import { SETTINGS_KEY, settingsFromStored } from '@/lib/store/settings/settings';

/** A target's inputs besides the person: their history and the people it names. */
export interface NextActionSources {
  touchesOf(personId: string): readonly Touch[];
  meetingsOf(personId: string): readonly Meeting[];
  personById(id: string): Person | undefined;
  settings: Settings;
}

/** The person with what they are owed now (recomputeNextAction's rule, inputs given). */
export function freshNextAction(person: Person, sources: NextActionSources, now: number): Person {
  const touches = sources.touchesOf(person.id);
  const introducerId = touches.find((t) => t.introducerId)?.introducerId;
  const referrer = person.referredById ? sources.personById(person.referredById) : undefined;
  const introducer = introducerId ? sources.personById(introducerId) : undefined;
  const { referral, checkedBack } = referrer
    ? referralCheckBack(sources.meetingsOf(referrer.id), sources.touchesOf(referrer.id), person.id)
    : { referral: undefined, checkedBack: false };
  const next = computeNextAction({
    person,
    touches: [...touches],
    meetings: [...sources.meetingsOf(person.id)],
    settings: sources.settings,
    now,
    // The introducer of an introduction request first (they made the introduction), else the referrer.
    introducerName: introducer?.name ?? referrer?.name ?? person.referredByName,
    referral,
    referralCheckedBack: checkedBack,
  });
  return withNextAction(person, next);
}

/** Whether two next actions (and their indexed dates) are the same. */
export function sameNextAction(a: Person, b: Person): boolean {
  return a.nextActionAt === b.nextActionAt && JSON.stringify(a.nextAction) === JSON.stringify(b.nextAction);
}

/** IndexedDB's order for `[personId+at]`: by date, then by id. */
function byDateThenId(a: { at: number; id: string }, b: { at: number; id: string }): number {
  return a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function groupSorted<T extends { personId: string; at: number; id: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.personId);
    if (group) group.push(row);
    else groups.set(row.personId, [row]);
  }
  for (const group of groups.values()) group.sort(byDateThenId);
  return groups;
}

/** The settings stored in meta rows, with defaults as loadSettings gives them. */
export function settingsOf(meta: readonly BackupMetaRow[]): Settings {
  const row = meta.find((r) => r.key === SETTINGS_KEY);
  return settingsFromStored(row?.value);
}

export interface TablesForNextActions {
  people: readonly Person[];
  touches: readonly Touch[];
  meetings: readonly Meeting[];
  meta: readonly BackupMetaRow[];
}

/**
 * Every person of `tables`, targets with their next action recomputed at
 * `now` (others as they are), and how many targets there were.
 */
export function withFreshNextActions(tables: TablesForNextActions, now: number): { people: Person[]; targets: number } {
  const touches = groupSorted(tables.touches);
  const meetings = groupSorted(tables.meetings);
  const byId = new Map(tables.people.map((p) => [p.id, p]));
  const sources: NextActionSources = {
    touchesOf: (id) => touches.get(id) ?? [],
    meetingsOf: (id) => meetings.get(id) ?? [],
    personById: (id) => byId.get(id),
    settings: settingsOf(tables.meta),
  };
  let targets = 0;
  const people = tables.people.map((person) => {
    if (person.kind !== 'target') return person;
    targets++;
    const updated = freshNextAction(person, sources, now);
    return sameNextAction(updated, person) ? person : updated;
  });
  return { people, targets };
}
