import { useState } from 'react';
import { getDb } from '@/lib/store';
import { logTouch } from '@/lib/store/history/touches';
import type { Channel, Person, TouchKind } from '@/lib/domain/model';
import { TOUCH_LABELS } from '@/lib/domain/labels';
import { CHANNEL_LABELS } from '@/components/shared/channel-labels';
import { fromDateTimeInput, toDateTimeInput, unusualDateWarning } from '@/components/sidepanel/date-time-input';
import { t, type MessageKey } from '@/lib/domain/i18n';

/** What the user can log by hand here (messages sent are logged from drafts). */
const LOGGABLE: { kind: TouchKind; button: MessageKey; channel: Channel }[] = [
  { kind: 'reply', button: 'logReply', channel: 'email' },
  { kind: 'declined', button: 'logDecline', channel: 'email' },
  { kind: 'call', button: 'logCall', channel: 'phone' },
  { kind: 'voicemail', button: 'logVoicemail', channel: 'phone' },
];

const CHANNELS = Object.keys(CHANNEL_LABELS) as Channel[];

function TouchForm({
  person,
  kind,
  channel: initial,
  onDone,
}: {
  person: Person;
  kind: TouchKind;
  channel: Channel;
  onDone(message: string): void;
}) {
  const [openedAt] = useState(() => Date.now());
  const [when, setWhen] = useState(() => toDateTimeInput(openedAt));
  const [channel, setChannel] = useState<Channel>(initial);
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const at = fromDateTimeInput(when);
  const warning = at === undefined ? '' : unusualDateWarning(at, openedAt);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (at === undefined) return setError(t('logEnterWhen'));
    try {
      const text = note.trim();
      await logTouch(getDb(), { personId: person.id, kind, at, channel, ...(text ? { note: text } : {}) }, Date.now());
      onDone(t('logRecorded', TOUCH_LABELS[kind]));
    } catch (e) {
      setError(t('logNotRecorded', (e as Error).message));
    }
  };
  return (
    <form className="card stack" onSubmit={submit} aria-label={TOUCH_LABELS[kind]}>
      <div className="row">
        <label>
          <span className="label">{t('commonWhen')}</span>
          <input type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} required />
        </label>
        <label>
          <span className="label">{t('logChannel')}</span>
          <select value={channel} onChange={(e) => setChannel(e.target.value as Channel)}>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {CHANNEL_LABELS[c]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {warning && <p className="warning small">{warning}</p>}
      <label>
        <span className="label">{t('logNote')}</span>
        <textarea rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <button type="submit" className="primary">
        {t('logRecord', TOUCH_LABELS[kind])}
      </button>
      {error && (
        <p className="error small" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

/** Log a reply, a decline, a call or a voicemail: a date (now by default), channel and note. */
export function LogTouchForm({ person, onStatus }: { person: Person; onStatus(message: string): void }) {
  const [open, setOpen] = useState<TouchKind | null>(null);
  const chosen = LOGGABLE.find((l) => l.kind === open);
  return (
    <>
      <div className="row">
        {LOGGABLE.map((l) => (
          <button
            key={l.kind}
            type="button"
            aria-expanded={open === l.kind}
            onClick={() => setOpen(open === l.kind ? null : l.kind)}
          >
            {t(l.button)}
          </button>
        ))}
      </div>
      {chosen && (
        <TouchForm
          key={chosen.kind}
          person={person}
          kind={chosen.kind}
          channel={chosen.channel}
          onDone={(message) => {
            setOpen(null);
            onStatus(message);
          }}
        />
      )}
    </>
  );
}
