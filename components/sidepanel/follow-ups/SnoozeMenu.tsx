import { useState } from 'react';
import { getDb } from '@/lib/store';
import type { Person } from '@/lib/domain/model';
import { SNOOZE_LABELS, type SnoozeChoice, type SnoozeDates } from '@/lib/domain/cadence/snooze';
import { formatDay } from '@/components/shared/labels';
import { t } from '@/lib/domain/i18n';
import { useAction } from '@/components/shared/use-action';

interface Props {
  person: Person;
  /** When each choice ends (computed once for the whole list). */
  dates: SnoozeDates;
  followUpDays: number;
  onStatus(message: string): void;
}

const CHOICES: SnoozeChoice[] = ['day', 'calling-day', 'week'];

type Done = 'followUpsSnoozed' | 'followUpsSkipped';

/** Snooze (1 day, next calling day, 1 week) and Skip (until the next cycle). */
export function SnoozeMenu({ person, dates, followUpDays, onStatus }: Props) {
  // Said beside the row too: the list's status line may be out of view.
  const [said, setSaid] = useState('');
  const tell = (message: string) => {
    setSaid(message);
    onStatus(message);
  };
  const snoozing = useAction(
    async (until: number, done: Done) => {
      // Loaded on the click: the write path (and zod) stays out of the panel's first paint.
      const { snoozePerson } = await import('@/lib/store/people/person-edit');
      const outcome = await snoozePerson(getDb(), person.id, until, Date.now());
      return outcome.snoozed
        ? t(done, [person.name, formatDay(outcome.until)])
        : t('followUpsAlreadyLater', [person.name, formatDay(outcome.due), formatDay(until)]);
    },
    { failure: 'followUpsNotSnoozed', onDone: tell, onError: tell },
  );
  const snooze = (until: number, done: Done) => void snoozing.run(until, done);
  return (
    <>
      <details className="snooze-menu">
        <summary>{t('followUpsSnooze')}</summary>
        <div className="row" role="group" aria-label={t('followUpsSnoozePerson', person.name)}>
          {CHOICES.map((choice) => (
            <button
              key={choice}
              type="button"
              title={t('followUpsHideUntil', formatDay(dates[choice]))}
              onClick={() => snooze(dates[choice], 'followUpsSnoozed')}
            >
              {SNOOZE_LABELS[choice]}
            </button>
          ))}
        </div>
      </details>
      <button
        type="button"
        title={t('followUpsSkipTitle', [followUpDays, formatDay(dates.skip)])}
        onClick={() => snooze(dates.skip, 'followUpsSkipped')}
      >
        {t('followUpsSkip')}
      </button>
      <span className="small" role="status" data-testid="snooze-said">
        {said}
      </span>
    </>
  );
}
