/** Builds the placeholder values for a draft from a person, the page and settings. */
import type { Person, ProfileSnapshot, Settings } from '@/lib/domain/model';
import { addZonedDays, nextPreferredDay, usableTimeZone } from '@/lib/domain/cadence/calling-days';
import { formatCallingDay } from './dates';
import { firstNameOf, tidyName, usableName } from './names';
import type { DraftValues } from './placeholders';

/** Days after today to propose a call when a message states the day you will call. */
export const CALL_AFTER_DAYS = 3;

export interface DraftArgs {
  person: Partial<Person> & { name?: string };
  snapshot?: ProfileSnapshot;
  /** The chosen introducer (an IntroducerOption fits). */
  introducer?: { name: string; firstName?: string };
  /** Overrides person.referredByName. */
  referrerName?: string;
  settings: Settings;
  /** Overrides the person's objective. */
  objective?: string;
  now: number;
  /** Minutes to ask for; pass Approach.minutes (15 for a direct ask). Default settings.minutes. */
  minutes?: number;
  /** The researched line (why this person) or the detail to thank them for. */
  specificDetail?: string;
  /** When the user can be reached, for the voicemail script. */
  reachableWhen?: string;
  /** A follow-up date already promised (kept exactly). Default: followUpDays ahead, on a calling day. */
  followUpAt?: number;
  /** A call date already promised. Default: CALL_AFTER_DAYS ahead, on a calling day. */
  callAt?: number;
}

function text(value: string | undefined): string | undefined {
  const tidy = (value ?? '').trim();
  return tidy === '' ? undefined : tidy;
}

/** "Jane Doe" → "J-A-N-E, D-O-E", for spelling a name on a voicemail. */
export function spellName(name: string): string {
  return tidyName(name)
    .split(' ')
    .filter((w) => w.length > 0)
    .map((w) => [...w.toLocaleUpperCase()].join('-'))
    .join(', ');
}

function objectiveOf(args: DraftArgs, company: string | undefined): string | undefined {
  const explicit = text(args.objective) ?? text(args.person.objective?.detail);
  if (explicit) return explicit;
  const kind = args.person.objective?.kind;
  if (kind === 'company' && company) return `what it is like to work at ${company}`;
  return text(args.settings.targetRole);
}

function signatureOf(settings: Settings): string | undefined {
  const own = text(settings.signature);
  if (own) return own;
  if (!text(settings.myName)) return undefined;
  return [tidyName(settings.myName), settings.myPhone, settings.myEmail]
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .join('\n');
}

/** The values to render a template with; missing ones are left out (they render as markers). */
export function buildDraftValues(args: DraftArgs): DraftValues {
  const { person, snapshot, settings, now } = args;
  const zone = usableTimeZone(settings.timeZone);
  // A URL or a hidden name is a marked blank ("[first name]"), never a greeting.
  const fullName = text(usableName(person.name)) ?? text(usableName(snapshot?.name));
  const company = text(person.company) ?? text(snapshot?.company);
  const introducerName = text(usableName(args.introducer?.name));
  const referrerFromPerson = person.referrerNameAllowed === false ? undefined : person.referredByName;
  const followUpAt =
    args.followUpAt ?? nextPreferredDay(addZonedDays(now, settings.followUpDays, zone), settings.preferredDays, zone);
  const callAt =
    args.callAt ?? nextPreferredDay(addZonedDays(now, CALL_AFTER_DAYS, zone), settings.preferredDays, zone);
  const minutes = args.minutes ?? settings.minutes;
  const values: DraftValues = {
    fullName,
    firstName: text(firstNameOf(fullName)),
    company,
    headline: text(person.headline) ?? text(snapshot?.headline),
    introducerName,
    introducerFirstName: text(usableName(args.introducer?.firstName)) ?? text(firstNameOf(introducerName)),
    referrerName: text(usableName(args.referrerName ?? referrerFromPerson)),
    myName: text(tidyName(settings.myName)),
    myFirstName: text(firstNameOf(settings.myName)),
    myNameSpelled: text(spellName(settings.myName)),
    myPhone: text(settings.myPhone),
    myEmail: text(settings.myEmail),
    signature: signatureOf(settings),
    objective: objectiveOf(args, company),
    targetRole: text(settings.targetRole),
    minutes: Number.isFinite(minutes) && minutes > 0 ? String(minutes) : undefined,
    followUpDay: text(formatCallingDay(followUpAt, zone)),
    callDay: text(formatCallingDay(callAt, zone)),
    specificDetail: text(args.specificDetail),
    reachableWhen: text(args.reachableWhen),
    followUpAt: Number.isFinite(followUpAt) ? followUpAt : undefined,
    callAt: Number.isFinite(callAt) ? callAt : undefined,
  };
  for (const key of Object.keys(values) as (keyof DraftValues)[]) {
    if (values[key] === undefined) delete values[key];
  }
  return values;
}
