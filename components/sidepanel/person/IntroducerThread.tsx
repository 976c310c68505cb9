import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getDb } from '@/lib/store';
import {
  loadIntroducerThread,
  logIntroducerStep,
  type IntroducerLogStep,
  type IntroducerThreadView,
} from '@/lib/store/use-cases/introducer-step';
import type { Person } from '@/lib/domain/model';
import { TOUCH_LABELS } from '@/lib/domain/labels';
import { t, type MessageKey } from '@/lib/domain/i18n';
import { InroadsError } from '@/lib/domain/errors';
import { formatDay, fromDateInput, toDateInput } from '@/components/shared/labels';
import { fromDateTimeInput, toDateTimeInput } from '@/components/sidepanel/date-time-input';
import { FormError } from '@/components/shared/FormError';
import { useAction } from '@/components/shared/use-action';

const STEPS: { step: IntroducerLogStep; button: MessageKey }[] = [
  { step: 'introducer-agreed', button: 'introducerLogAgreed' },
  { step: 'introducer-declined', button: 'introducerLogDeclined' },
  { step: 'introducer-asks-first', button: 'introducerLogAsksFirst' },
  { step: 'check-back', button: 'introducerLogCheckBack' },
  { step: 'introduced', button: 'introducerLogIntroduced' },
  { step: 'thank-introducer', button: 'introducerLogThanked' },
];

function stateLine({ thread }: IntroducerThreadView, who: string): string {
  const on = formatDay(thread.since);
  switch (thread.state) {
    case 'asked':
      return t('introducerStateAsked', formatDay(thread.unanswered[thread.unanswered.length - 1]?.at ?? thread.askedAt));
    case 'agreed':
      return t('introducerStateAgreed', on);
    case 'declined':
      return t('introducerStateDeclined', on);
    case 'asks-first':
      return t('introducerStateAsksFirst', [who, formatDay(thread.checkBackAt ?? thread.since)]);
    case 'introduced':
      return t('introducerStateIntroduced', [on, who]);
  }
}

function StepForm({ person, step, view, onDone }: { person: Person; step: IntroducerLogStep; view: IntroducerThreadView; onDone(message: string): void }) {
  const [openedAt] = useState(() => Date.now());
  const [when, setWhen] = useState(() => toDateTimeInput(openedAt));
  const [checkBack, setCheckBack] = useState(() => toDateInput(view.proposedCheckBackAt));
  const log = useAction(
    async () => {
      // Left at "now", it is now to the second (the minute field alone would date it before a request sent this minute).
      const at = when === toDateTimeInput(openedAt) ? openedAt : fromDateTimeInput(when);
      if (at === undefined) throw new InroadsError('logEnterWhen');
      const checkBackAt = step === 'introducer-asks-first' ? fromDateInput(checkBack) : undefined;
      await logIntroducerStep(getDb(), { personId: person.id, step, at, ...(checkBackAt ? { checkBackAt } : {}) }, Date.now());
    },
    { failure: 'logNotRecorded', onDone: () => onDone(t('logRecorded', TOUCH_LABELS[step])) },
  );
  return (
    <form className="card stack" onSubmit={log.submit} aria-label={TOUCH_LABELS[step]}>
      <div className="row">
        <label>
          <span className="label">{t('commonWhen')}</span>
          <input type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} required />
        </label>
        {step === 'introducer-asks-first' && (
          <label>
            <span className="label">{t('introducerCheckBackOn')}</span>
            <input type="date" data-testid="introducer-check-back" value={checkBack} onChange={(e) => setCheckBack(e.target.value)} required />
          </label>
        )}
      </div>
      <button type="submit" className="primary" disabled={log.busy}>
        {t('logRecord', TOUCH_LABELS[step])}
      </button>
      <FormError error={log.error} />
    </form>
  );
}

/**
 * The introducer's thread on the target's page: whom the introduction was
 * asked of, where it stands, and what the user can log (agreed, declined,
 * asks first with a check-back date, checked back, introduced, thanked).
 */
export function IntroducerThread({ person, onStatus }: { person: Person; onStatus(message: string): void }) {
  const db = getDb();
  const view = useLiveQuery(() => loadIntroducerThread(db, person.id, Date.now()), [db, person.id, person.updatedAt]);
  const [open, setOpen] = useState<IntroducerLogStep | null>(null);
  if (!view) return null;
  const name = view.name || t('cadenceIntroducerFallback');
  return (
    <section aria-labelledby="introducer-thread" data-testid="introducer-thread">
      <h2 id="introducer-thread">{t('introducerThreadTitle', name)}</h2>
      <p className="small">{stateLine(view, person.name)}</p>
      {view.thread.thankedAt !== undefined && <p className="small">{t('introducerStateThanked', formatDay(view.thread.thankedAt))}</p>}
      {view.email && <p className="small muted">{t('introducerEmail', view.email)}</p>}
      <div className="row">
        {STEPS.map(({ step, button }) => (
          <button key={step} type="button" aria-expanded={open === step} onClick={() => setOpen(open === step ? null : step)}>
            {t(button)}
          </button>
        ))}
      </div>
      {open && (
        <StepForm key={open} person={person} step={open} view={view} onDone={(message) => (setOpen(null), onStatus(message))} />
      )}
    </section>
  );
}
