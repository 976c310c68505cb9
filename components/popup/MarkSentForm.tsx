import { useState } from 'react';
import { getDb } from '@/lib/store';
import { reportStorageError } from '@/components/shared/storage-events';
import type { Channel } from '@/lib/domain/model';
import { touchKindFor } from '@/lib/domain/templates/compose-draft';
import { followUpDate } from '@/lib/domain/cadence/cadence';
import { TOUCH_LABELS } from '@/lib/domain/labels';
import { formatDay, fromDateInput, toDateInput } from '@/components/shared/labels';
import type { DraftActionProps } from './DraftActions';
import { t } from '@/lib/domain/i18n';
import { CHANNEL_LABELS } from '@/components/shared/channel-labels';

type Props = DraftActionProps & { onCancel(): void };

const CHANNELS: Channel[] = ['linkedin', 'email', 'phone', 'letter', 'other'];

/**
 * Records the message as sent (Inroads never sends it): the touch with its
 * text and channel, and the follow-up date promised — defaulting from the
 * cadence settings, kept exactly once recorded.
 */
export function MarkSentForm(props: Props) {
  const { snapshot, model, template } = props;
  const [now] = useState(() => Date.now());
  const [channel, setChannel] = useState<Channel>(model.approach.channel === 'email' ? 'email' : 'linkedin');
  const [followUp, setFollowUp] = useState(toDateInput(props.followUpAt ?? followUpDate(now, model.settings)));
  const [error, setError] = useState('');
  // One record per click: a second click while the first is saving does nothing.
  const [busy, setBusy] = useState(false);
  const kind = touchKindFor(template.moment);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (props.markers.length > 0 && !confirm(t('draftMarkersConfirm', props.markers.join(', ')))) return;
    setBusy(true);
    try {
      // The writes load on use: their validation (zod) stays out of the popup's first paint.
      const [{ addTarget }, { logTouch }, { introducerPersonId }] = await Promise.all([
        import('@/lib/store/people/targets'),
        import('@/lib/store/history/touches'),
        import('@/lib/store/people/introducer'),
      ]);
      const db = getDb();
      const person = model.person?.kind === 'target' ? model.person : await addTarget(db, { snapshot }, now);
      const introducerId = props.introducer ? await introducerPersonId(db, props.introducer, now) : undefined;
      const promised = fromDateInput(followUp);
      await logTouch(
        db,
        {
          personId: person.id,
          kind,
          at: Date.now(),
          channel,
          text: props.body,
          ...(props.subject ? { subject: props.subject } : {}),
          ...(promised ? { promisedFollowUpAt: promised } : {}),
          ...(introducerId ? { introducerId } : {}),
          templateId: template.id,
          ...(props.introducer && !introducerId ? { note: `Introducer: ${props.introducer.name}` } : {}),
        },
        Date.now(),
      );
      props.onSent(
        promised
          ? t('draftRecordedFollowUp', [TOUCH_LABELS[kind], formatDay(promised)])
          : t('draftRecorded', TOUCH_LABELS[kind]),
      );
    } catch (e) {
      reportStorageError(e);
      setError(t('draftNotRecorded', (e as Error).message));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="card stack" onSubmit={submit} aria-label={t('draftMarkSentLabel')}>
      <p className="small">{t('draftRecordHint', TOUCH_LABELS[kind])}</p>
      <div className="row">
        <label>
          <span className="label">{t('draftSentBy')}</span>
          <select value={channel} onChange={(e) => setChannel(e.target.value as Channel)}>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {CHANNEL_LABELS[c]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="label">{t('draftFollowUpOn')}</span>
          <input
            type="date"
            data-testid="follow-up-date"
            value={followUp}
            onChange={(e) => setFollowUp(e.target.value)}
          />
        </label>
      </div>
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {t('draftRecordAsSent')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('commonCancel')}
        </button>
      </div>
      {error && (
        <p className="error small" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
