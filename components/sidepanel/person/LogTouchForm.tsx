import { useState } from 'react';
import { getDb } from '@/lib/store';
import { logTouch } from '@/lib/store/history/touches';
import type { Channel, Person, TouchKind } from '@/lib/domain/model';
import { TOUCH_LABELS } from '@/lib/domain/labels';
import { CHANNELS } from '@/lib/domain/model/constants';
import { fromDateTimeInput, toDateTimeInput, unusualDateWarning } from '@/components/sidepanel/date-time-input';
import { t, type MessageKey } from '@/lib/domain/i18n';
import { InroadsError } from '@/lib/domain/errors';
import { ChannelSelect } from '@/components/shared/ChannelSelect';
import { FormError } from '@/components/shared/FormError';
import { useAction } from '@/components/shared/use-action';
import { TOUCH_LIMITS } from '@/lib/domain/model/limits';
import { LimitNote } from '@/components/shared/LimitNote';

/** What the user can log by hand here (messages sent are logged from drafts). */
const LOGGABLE: { kind: TouchKind; button: MessageKey; channel: Channel }[] = [
  { kind: 'reply', button: 'logReply', channel: 'email' },
  { kind: 'declined', button: 'logDecline', channel: 'email' },
  { kind: 'call', button: 'logCall', channel: 'phone' },
  { kind: 'voicemail', button: 'logVoicemail', channel: 'phone' },
];



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
  const at = fromDateTimeInput(when);
  const warning = at === undefined ? '' : unusualDateWarning(at, openedAt);
  const log = useAction(
    async () => {
      if (at === undefined) throw new InroadsError('logEnterWhen');
      const text = note.trim();
      await logTouch(getDb(), { personId: person.id, kind, at, channel, ...(text ? { note: text } : {}) }, Date.now());
    },
    { failure: 'logNotRecorded', onDone: () => onDone(t('logRecorded', TOUCH_LABELS[kind])) },
  );
  return (
    <form className="card stack" onSubmit={log.submit} aria-label={TOUCH_LABELS[kind]}>
      <div className="row">
        <label>
          <span className="label">{t('commonWhen')}</span>
          <input type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} required />
        </label>
        <ChannelSelect value={channel} onChange={setChannel} channels={CHANNELS} label={t('logChannel')} />
      </div>
      {warning && <p className="warning small">{warning}</p>}
      <label>
        <span className="label">{t('logNote')}</span>
        <textarea rows={3} value={note} maxLength={TOUCH_LIMITS.note} onChange={(e) => setNote(e.target.value)} />
        <LimitNote id={`note-limit-${kind}`} length={note.length} max={TOUCH_LIMITS.note} />
      </label>
      <button type="submit" className="primary" disabled={log.busy}>
        {t('logRecord', TOUCH_LABELS[kind])}
      </button>
      <FormError error={log.error} />
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
