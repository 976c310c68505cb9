import { lazy, Suspense, useState } from 'react';
import { getDb } from '@/lib/store';
import type { SentMessage } from '@/lib/store/use-cases/mark-sent';
import type { Channel, ChosenIntroducer } from '@/lib/domain/model';
import { TOUCH_LABELS } from '@/lib/domain/labels';
import { t } from '@/lib/domain/i18n';
import { ChannelSelect } from './ChannelSelect';
import { FormError } from './FormError';
import { fromDateInput, toDateInput } from './labels';
import { useAction } from './use-action';
import { InroadsError } from '@/lib/domain/errors';

/** The earliest day the input offers (stored dates start on 1 January 1990 UTC, lib/domain/model/limits.ts; a day later fits every zone). */
const EARLIEST_DAY = '1990-01-02';

// Shown only for an introduction request whose introducer is a bare name: its own chunk, out of the popup's first paint.
const IntroducerLink = lazy(() => import('./IntroducerLink').then((m) => ({ default: m.IntroducerLink })));

interface Props {
  /** What is recorded: who, what kind, the text; `promisedFollowUpAt` is the date the draft promises. */
  message: Omit<SentMessage, 'channel'>;
  defaultChannel: Channel;
  /** A message that waits for an answer promises a follow-up date. */
  asksAnswer: boolean;
  /** Placeholders still in the text ("[Company]"): the user confirms before recording. */
  markers: string[];
  /** The popup's card (with a hint and Cancel) or the side panel's row. */
  layout: 'card' | 'row';
  onSent(promised: number | undefined): void;
  onCancel?(): void;
  /** One date per promise: the date field drives the draft's promised day (the form then shows message.promisedFollowUpAt). */
  onPromisedChange?(at: number): void;
  /** Why the text and the date disagree (text edited by hand), in words. */
  promiseWarning?: string;
  /** The follow-up date the method proposes for a message sent then (used when the user back-dates it). */
  followUpFor?(sentAt: number): number;
}

/**
 * "Mark as sent" in the popup and the side panel: Inroads never sends; this
 * records what the user sent (lib/store/use-cases/mark-sent.ts), once per click.
 */
export function MarkSentForm(props: Props) {
  const { message, defaultChannel, asksAnswer, markers, layout, onSent, onCancel, onPromisedChange, followUpFor } = props;
  const [channel, setChannel] = useState<Channel>(defaultChannel);
  const [openedAt] = useState(() => Date.now());
  const today = toDateInput(openedAt);
  const [sentOn, setSentOn] = useState(today);
  const promisedAt = message.promisedFollowUpAt;
  const [firstPromised] = useState(promisedAt);
  const [typed, setTyped] = useState(() => (promisedAt === undefined ? '' : toDateInput(promisedAt)));
  const [followUpTouched, setFollowUpTouched] = useState(false);
  const followUp = onPromisedChange && promisedAt !== undefined ? toDateInput(promisedAt) : typed;
  // With onPromisedChange the date drives the draft's promised day (one date per promise); else it is the form's own.
  const setFollowUp = (value: string) => {
    const at = fromDateInput(value);
    if (onPromisedChange && at !== undefined) onPromisedChange(at);
    else setTyped(value);
  };
  // Sent today: now, to the minute. Back-dated: that day (9:00 in the zone of Settings).
  const sentAt = sentOn === today ? undefined : fromDateInput(sentOn);
  const pickSentOn = (value: string) => {
    setSentOn(value);
    const at = value === today ? openedAt : fromDateInput(value);
    // The cadence counts from the day it was sent: the proposed follow-up moves with it until the user picks one.
    if (asksAnswer && !followUpTouched && followUpFor && at !== undefined) {
      setFollowUp(value === today && firstPromised !== undefined ? toDateInput(firstPromised) : toDateInput(followUpFor(at)));
    }
  };
  // The date the draft promises is kept exactly unless the user picks another day.
  const promised = !asksAnswer
    ? undefined
    : promisedAt !== undefined && followUp === toDateInput(promisedAt)
      ? promisedAt
      : fromDateInput(followUp);
  const pickDate = (value: string) => {
    setFollowUpTouched(true);
    setFollowUp(value);
  };
  const shown = message.introducer;
  // The contact linked for the name shown (a choice made for another introducer no longer counts).
  const [link, setLink] = useState<{ for: string; introducer: ChosenIntroducer }>();
  const introducer = link && shown && link.for === shown.name ? link.introducer : shown;
  const unlinked = message.kind === 'introduction-request' && shown && !shown.personId && !shown.url;
  const action = useAction(
    async () => {
      // Loaded on use: the writes' validation (zod) stays out of the popup's first paint.
      const { markSent } = await import('@/lib/store/use-cases/mark-sent');
      const { promisedFollowUpAt: _, introducer: _shown, ...rest } = message;
      if (sentOn !== today && sentAt === undefined) throw new InroadsError('draftEnterSentOn');
      const linked = unlinked ? introducer : shown;
      const sent = { ...rest, channel, ...(sentAt !== undefined ? { sentAt } : {}) };
      await markSent(
        getDb(),
        { ...sent, ...(promised ? { promisedFollowUpAt: promised } : {}), ...(linked ? { introducer: linked } : {}) },
        Date.now(),
      );
      return promised;
    },
    { failure: 'draftNotRecorded', onDone: onSent },
  );
  const submit = (event: React.FormEvent) => {
    if (markers.length > 0 && !window.confirm(t('draftMarkersConfirm', markers.join(', ')))) {
      event.preventDefault();
      return;
    }
    void action.submit(event);
  };
  const label = layout === 'card' ? t('draftRecordAsSent') : t('draftMarkSentLabel');
  return (
    <form className={layout === 'card' ? 'card stack' : 'row'} onSubmit={submit} aria-label={t('draftMarkSentLabel')}>
      {layout === 'card' && <p className="small">{t('draftRecordHint', TOUCH_LABELS[message.kind])}</p>}
      <div className="row">
        <ChannelSelect value={channel} onChange={setChannel} />
        <label>
          <span className="label">{t('draftSentOn')}</span>
          <input
            type="date"
            data-testid="sent-on"
            value={sentOn}
            min={EARLIEST_DAY}
            max={today}
            required
            onChange={(e) => pickSentOn(e.target.value)}
          />
        </label>
        {asksAnswer && (
          <label>
            <span className="label">{t('draftFollowUpOn')}</span>
            <input
              type="date"
              data-testid="follow-up-date"
              value={followUp}
              onChange={(e) => pickDate(e.target.value)}
            />
          </label>
        )}
      </div>
      {asksAnswer && props.promiseWarning && (
        <p className="warning small" data-testid="promise-warning">
          {props.promiseWarning}
        </p>
      )}
      {unlinked && shown && (
        <Suspense fallback={null}>
          <IntroducerLink key={shown.name} introducer={shown} onChange={(chosen) => setLink({ for: shown.name, introducer: chosen })} />
        </Suspense>
      )}
      <div className="row">
        <button
          type="submit"
          className="primary"
          disabled={action.busy}
          title={t('draftRecordTouch', TOUCH_LABELS[message.kind])}
        >
          {label}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('commonCancel')}
          </button>
        )}
      </div>
      <FormError error={action.error} />
    </form>
  );
}
