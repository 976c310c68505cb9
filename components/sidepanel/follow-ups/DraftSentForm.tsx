import { useState } from 'react';
import { getDb } from '@/lib/store';
import type { ActionDraft } from '@/lib/store/history/follow-up-draft';
import { introducerPersonId } from '@/lib/store/people/introducer';
import { logTouch } from '@/lib/store/history/touches';
import type { Channel, Settings, TouchKind } from '@/lib/domain/model';
import { followUpDate } from '@/lib/domain/cadence/cadence';
import { TOUCH_LABELS } from '@/lib/domain/labels';
import { fromDateInput, toDateInput } from '@/components/shared/labels';
import { CHANNEL_LABELS } from '@/components/shared/channel-labels';
import { t } from '@/lib/domain/i18n';

interface Props {
  personId: string;
  kind: TouchKind;
  draft: ActionDraft;
  settings: Settings;
  subject: string;
  body: string;
  markers: string[];
  /** A message that waits for an answer: it promises a follow-up date. */
  asksAnswer: boolean;
  /** With the follow-up date promised, if any. */
  onSent(promised: number | undefined): void;
}

const CHANNELS: Channel[] = ['email', 'linkedin', 'phone', 'letter', 'other'];

/** "Mark as sent": records the touch with its text, channel and the follow-up date promised. */
export function DraftSentForm(props: Props) {
  const { draft, kind } = props;
  const [channel, setChannel] = useState<Channel>(draft.to ? 'email' : 'linkedin');
  const [followUp, setFollowUp] = useState(() =>
    toDateInput(draft.followUpAt ?? followUpDate(Date.now(), props.settings)),
  );
  const [error, setError] = useState('');
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (props.markers.length > 0 && !window.confirm(t('draftMarkersConfirm', props.markers.join(', ')))) return;
    // The date the draft promises is kept exactly unless the user picks another day.
    const unchanged = draft.followUpAt !== undefined && followUp === toDateInput(draft.followUpAt);
    const promised = !props.asksAnswer ? undefined : unchanged ? draft.followUpAt : fromDateInput(followUp);
    const introducer = draft.introducer;
    try {
      const now = Date.now();
      const introducerId = introducer ? await introducerPersonId(getDb(), introducer, now) : undefined;
      await logTouch(
        getDb(),
        {
          personId: props.personId,
          kind,
          at: now,
          channel,
          text: props.body,
          ...(props.subject ? { subject: props.subject } : {}),
          ...(promised ? { promisedFollowUpAt: promised } : {}),
          templateId: draft.template.id,
          ...(introducerId ? { introducerId } : {}),
          ...(introducer && !introducerId ? { note: `Introducer: ${introducer.name}` } : {}),
        },
        now,
      );
      props.onSent(promised);
    } catch (e) {
      setError(t('draftNotRecorded', (e as Error).message));
    }
  };
  return (
    <form className="row" onSubmit={submit} aria-label={t('draftMarkSentLabel')}>
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
      {props.asksAnswer && (
        <label>
          <span className="label">{t('draftFollowUpOn')}</span>
          <input type="date" value={followUp} onChange={(e) => setFollowUp(e.target.value)} />
        </label>
      )}
      <button type="submit" className="primary" title={t('draftRecordTouch', TOUCH_LABELS[kind])}>
        {t('draftMarkSentLabel')}
      </button>
      {error && (
        <p className="error small" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
