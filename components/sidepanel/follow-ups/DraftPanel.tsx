import { useEffect, useState } from 'react';
import { copyDraft } from '@/lib/platform/clipboard';
import { getDb } from '@/lib/store';
import {
  composeActionDraft,
  loadDraftContext,
  type ActionDraft,
  type DraftContext,
} from '@/lib/store/history/follow-up-draft';
import { MESSAGE_KINDS } from '@/lib/domain/cadence/cadence';
import { markersLeft, touchKindFor } from '@/lib/domain/templates/compose-draft';
import { TOUCH_LABELS } from '@/lib/domain/labels';
import { mailtoHref } from '@/lib/domain/templates/message-links';
import { followUpDate } from '@/lib/domain/cadence/cadence';
import { MarkSentForm } from '@/components/shared/MarkSentForm';
import { t } from '@/lib/domain/i18n';
import { formatDay } from '@/components/shared/labels';
import { staleDayIn } from '@/lib/domain/templates/promise';
import { formatCallingDay } from '@/lib/domain/templates/render/dates';

interface Loaded {
  ctx: DraftContext;
  draft: ActionDraft | undefined;
}

/**
 * The inline draft for what is owed: the right template filled in for this
 * person, editable; copy it or open it as an email, then mark it as sent.
 */
export function DraftPanel({ personId, onSent }: { personId: string; onSent(message: string): void }) {
  const [loaded, setLoaded] = useState<Loaded | null | undefined>(undefined);
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [copied, setCopied] = useState('');
  const [openedAt] = useState(() => Date.now());
  /** Whether the user typed in the text (then the date no longer re-renders it). */
  const [edited, setEdited] = useState(false);
  useEffect(() => {
    let active = true;
    const now = Date.now();
    void loadDraftContext(getDb(), personId, now).then((ctx) => {
      if (!active) return;
      const draft = ctx && composeActionDraft(ctx, now);
      setLoaded(ctx ? { ctx, draft } : null);
      setSubject(draft?.subject ?? '');
      setBody(draft?.body ?? '');
    });
    return () => {
      active = false;
    };
  }, [personId]);

  if (loaded === undefined) return <p aria-busy="true">{t('draftPreparing')}</p>;
  if (loaded === null) return <p className="error">{t('draftPersonGone')}</p>;
  const { draft, ctx } = loaded;
  if (!draft) return <p className="muted small">{t('draftNothingForStep')}</p>;
  const kind = touchKindFor(draft.moment);
  const zone = ctx.settings.timeZone;
  const promised = draft.followUpAt ?? followUpDate(openedAt, ctx.settings);
  // One date per promise: a new date re-renders the promised day, unless the text was edited by hand.
  const repromise = (at: number) => {
    const next = composeActionDraft(ctx, openedAt, at);
    if (!next) return;
    setLoaded({ ctx, draft: edited ? { ...draft, followUpAt: at } : next });
    if (edited) return;
    setSubject(next.subject);
    setBody(next.body);
  };
  const stale = edited && draft.promisesDay ? staleDayIn(body, promised, zone) : undefined;
  const to = draft.recipientName
    ? t(draft.recipient === 'introducer' ? 'draftToIntroducer' : 'draftTo', draft.recipientName)
    : '';
  const markers = markersLeft(`${subject}\n${body}`);
  const copy = async () => setCopied(await copyDraft(subject, body));
  return (
    <div className="stack draft-panel" aria-label={t('draftFor', ctx.person.name)} role="group">
      {to && (
        <p className="small" data-testid="draft-recipient">
          <strong>{to}</strong>
        </p>
      )}
      <p className="small muted">{t('draftTemplateNote', draft.template.name)}</p>
      {draft.subject !== '' && (
        <label>
          <span className="label">{t('draftSubject')}</span>
          <input value={subject} onChange={(e) => (setSubject(e.target.value), setEdited(true))} style={{ width: '100%' }} />
        </label>
      )}
      <label>
        <span className="label">{t('draftMessage')}</span>
        <textarea rows={10} value={body} onChange={(e) => (setBody(e.target.value), setEdited(true))} />
      </label>
      {markers.length > 0 && <p className="warning small">{t('draftStillToFillSentence', markers.join(', '))}</p>}
      <div className="row">
        <button type="button" onClick={copy}>
          {t('draftCopy')}
        </button>
        <a className="button" href={mailtoHref(draft.to, subject, body)} target="_blank" rel="noreferrer" data-testid="open-email">
          {t('draftOpenEmail')}
        </a>
        {draft.profileUrl && (
          <a className="button" href={draft.profileUrl} target="_blank" rel="noreferrer" data-testid="open-linkedin">
            {t('draftOpenLinkedin')}
          </a>
        )}
      </div>
      {/* Always rendered: a live region announces changes, not its own arrival. */}
      <p className="small" role="status">
        {copied}
      </p>
      <MarkSentForm
        layout="row"
        message={{
          personId: ctx.person.id,
          kind,
          text: body,
          ...(subject ? { subject } : {}),
          templateId: draft.template.id,
          promisedFollowUpAt: promised,
          ...(draft.introducer ? { introducer: draft.introducer } : {}),
        }}
        defaultChannel={draft.to ? 'email' : 'linkedin'}
        asksAnswer={MESSAGE_KINDS.includes(kind)}
        markers={markers}
        onPromisedChange={repromise}
        {...(stale ? { promiseWarning: t('draftPromiseStale', [stale, formatCallingDay(promised, zone)]) } : {})}
        followUpFor={(sentAt) => followUpDate(sentAt, ctx.settings)}
        onSent={(promised) =>
          onSent(
            promised
              ? t('followUpsLoggedFollowUp', [TOUCH_LABELS[kind], ctx.person.name, formatDay(promised)])
              : t('followUpsLogged', [TOUCH_LABELS[kind], ctx.person.name]),
          )
        }
      />
    </div>
  );
}
