/** The words the page badge shows, made here so the content script carries no label tables. */
import type { Degree, Person, Settings } from '@/lib/domain/model';
import { DEGREE_LABELS, nextActionLabel, STAGE_LABELS } from '@/lib/domain/labels';
import type { ProfileStatus } from '@/lib/domain/protocol/protocol';
import { isStorableDate } from '@/lib/domain/model/limits';
import { usableTimeZone } from '@/lib/domain/cadence/calling-days';

/** "Tue 3 Dec", in the time zone chosen in Settings (the runtime's when none). */
function shortDay(at: number, timeZone: string): string | undefined {
  if (!isStorableDate(at)) return undefined;
  const options = { weekday: 'short', day: 'numeric', month: 'short', timeZone: usableTimeZone(timeZone) } as const;
  return new Intl.DateTimeFormat(undefined, options).format(at);
}

export function badgeWords(degree: Degree, person: Person | undefined, settings: Settings): ProfileStatus['words'] {
  const words: ProfileStatus['words'] = { degree: DEGREE_LABELS[degree] };
  if (person?.kind !== 'target') return words;
  words.stage = STAGE_LABELS[person.stage ?? 'to-contact'];
  const action = person.nextAction;
  if (action) {
    words.nextAction = nextActionLabel(action.kind);
    words.due = shortDay(action.due, settings.timeZone);
  }
  return words;
}
