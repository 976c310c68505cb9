import { useState } from 'react';
import { getDb } from '@/lib/store';
import type { SentMessage } from '@/lib/store/use-cases/mark-sent';
import type { Channel } from '@/lib/domain/model';
import { TOUCH_LABELS } from '@/lib/domain/labels';
import { t } from '@/lib/domain/i18n';
import { ChannelSelect } from './ChannelSelect';
import { FormError } from './FormError';
import { fromDateInput, toDateInput } from './labels';
import { useAction } from './use-action';

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
}

/**
 * "Mark as sent" in the popup and the side panel: Inroads never sends; this
 * records what the user sent (lib/store/use-cases/mark-sent.ts), once per click.
 */
export function MarkSentForm({ message, defaultChannel, asksAnswer, markers, layout, onSent, onCancel }: Props) {
  const [channel, setChannel] = useState<Channel>(defaultChannel);
  const promisedAt = message.promisedFollowUpAt;
  const [followUp, setFollowUp] = useState(() => (promisedAt === undefined ? '' : toDateInput(promisedAt)));
  // The date the draft promises is kept exactly unless the user picks another day.
  const promised = !asksAnswer
    ? undefined
    : promisedAt !== undefined && followUp === toDateInput(promisedAt)
      ? promisedAt
      : fromDateInput(followUp);
  const action = useAction(
    async () => {
      // Loaded on use: the writes' validation (zod) stays out of the popup's first paint.
      const { markSent } = await import('@/lib/store/use-cases/mark-sent');
      const { promisedFollowUpAt: _, ...rest } = message;
      await markSent(getDb(), { ...rest, channel, ...(promised ? { promisedFollowUpAt: promised } : {}) }, Date.now());
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
        {asksAnswer && (
          <label>
            <span className="label">{t('draftFollowUpOn')}</span>
            <input
              type="date"
              data-testid="follow-up-date"
              value={followUp}
              onChange={(e) => setFollowUp(e.target.value)}
            />
          </label>
        )}
      </div>
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
