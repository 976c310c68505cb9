import { getDb } from '../../lib/db';
import { snoozePerson } from '../../lib/db/person-edit';
import type { Person } from '../../lib/model';
import { SNOOZE_LABELS, type SnoozeChoice, type SnoozeDates } from '../../lib/outreach/snooze';
import { formatDay } from '../labels';

interface Props {
  person: Person;
  /** When each choice ends (computed once for the whole list). */
  dates: SnoozeDates;
  followUpDays: number;
  onStatus(message: string): void;
}

const CHOICES: SnoozeChoice[] = ['day', 'calling-day', 'week'];

async function snoozeAndReport(person: Person, until: number, verb: string, onStatus: (message: string) => void) {
  try {
    await snoozePerson(getDb(), person.id, until, Date.now());
    onStatus(`${verb} ${person.name} until ${formatDay(until)}.`);
  } catch (e) {
    onStatus(`Not snoozed: ${(e as Error).message}`);
  }
}

/** Snooze (1 day, next calling day, 1 week) and Skip (until the next cycle). */
export function SnoozeMenu({ person, dates, followUpDays, onStatus }: Props) {
  const snooze = (until: number, verb: string) => void snoozeAndReport(person, until, verb, onStatus);
  return (
    <>
      <details className="snooze-menu">
        <summary>Snooze</summary>
        <div className="row" role="group" aria-label={`Snooze ${person.name}`}>
          {CHOICES.map((choice) => (
            <button
              key={choice}
              type="button"
              title={`Hide until ${formatDay(dates[choice])}`}
              onClick={() => snooze(dates[choice], 'Snoozed')}
            >
              {SNOOZE_LABELS[choice]}
            </button>
          ))}
        </div>
      </details>
      <button
        type="button"
        title={`Skip this time: nothing is recorded, and it comes back at the next cycle (${followUpDays} days, on ${formatDay(dates.skip)}).`}
        onClick={() => snooze(dates.skip, 'Skipped')}
      >
        Skip
      </button>
    </>
  );
}
