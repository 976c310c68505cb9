import { useState } from 'react';
import type { ProfileSnapshot } from '@/lib/domain/model';
import type { IntroducerOption } from '@/lib/domain/approach/types';
import { composeDraft, defaultTemplate, markersLeft } from '@/lib/domain/templates/compose-draft';
import { characterCount, LINKEDIN_NOTE_LIMIT } from '@/lib/domain/templates/render';
import { DraftActions } from './DraftActions';
import type { ProfileModel } from './use-profile-model';
import { useDraft } from './use-draft';
import { useShownMark } from '@/components/shared/use-shown-mark';
import { FormError } from '@/components/shared/FormError';
import { t } from '@/lib/domain/i18n';
import { isConnectionNote } from '@/lib/domain/templates/built-in/connection-notes';
import { TEMPLATE_LIMITS } from '@/lib/domain/model/limits';
import { staleDayIn } from '@/lib/domain/templates/promise';
import { formatCallingDay } from '@/lib/domain/templates/render/dates';
import { GreetingCheck, regreet } from './GreetingCheck';

interface Props {
  snapshot: ProfileSnapshot;
  model: ProfileModel;
  introducer?: IntroducerOption;
  /** Choose another introducer (the greeting check's "Keep" puts the one the draft greets back). */
  onIntroducer?(option: IntroducerOption | undefined): void;
  now: number;
}

/**
 * The template picker and the editable draft. Until the user types, the
 * draft re-renders live from the template, the introducer and the settings;
 * once edited, the text is theirs (autosaved) until they reset it.
 */
export function DraftComposer({ snapshot, model, introducer, onIntroducer, now }: Props) {
  const { draft, update, discard, error } = useDraft(snapshot.url, now);
  const [notice, setNotice] = useState('');
  /** The promised date the user chose (one date for the text and the follow-up); the method's by default. */
  const [promisedAt, setPromisedAt] = useState<number>();
  /** The introducer the hand-edited text was written to. */
  const [greets, setGreets] = useState<IntroducerOption>();
  useShownMark('inroads:draft-shown', draft !== undefined);
  if (draft === undefined) return null;
  const fallback = defaultTemplate(model.templates, model.approach.templateMoment);
  const template = model.templates.find((option) => option.id === draft?.templateId) ?? fallback;
  if (!template) return null;
  const composed = composeDraft({
    template,
    person: model.person ?? { name: snapshot.name, company: snapshot.company, headline: snapshot.headline },
    snapshot,
    approach: model.approach,
    introducer,
    referrerName: model.referrerName,
    settings: model.settings,
    now,
    ...(promisedAt !== undefined ? { promisedAt } : {}),
    blurb: model.templates.find((option) => option.moment === 'introduction-blurb'),
  });
  const edited = draft?.edited ?? false;
  const subject = edited ? draft!.subject : composed.subject;
  const body = edited ? draft!.body : composed.body;
  const left = markersLeft(`${subject}\n${body}`);
  // LinkedIn keeps 300 characters only in an invitation's note; e-mails and messages have no such limit.
  const isNote = isConnectionNote(template.moment);
  const count = characterCount(body);
  const pickTemplate = (templateId: string) => {
    if (edited && !confirm(t('draftReplaceConfirm'))) return;
    update({ templateId, edited: false, subject: '', body: '' });
  };
  const edit = (change: { subject?: string; body?: string }) => {
    if (!edited) setGreets(introducer);
    update({ templateId: template.id, subject, body, ...change, edited: true });
  };
  const zone = model.settings.timeZone;
  const promised = composed.followUpAt;
  const stale = edited && composed.promisesDay && promised !== undefined ? staleDayIn(body, promised, zone) : undefined;
  const promiseWarning = stale && promised !== undefined ? t('draftPromiseStale', [stale, formatCallingDay(promised, zone)]) : undefined;
  const mismatch = edited && greets && introducer && greets.name !== introducer.name ? greets : undefined;
  return (
    <section className="card stack" aria-labelledby="draft-title">
      <div className="spread">
        <h2 id="draft-title">{t('draftTitle')}</h2>
        <select
          aria-label={t('draftTemplate')}
          data-testid="template"
          value={template.id}
          onChange={(e) => pickTemplate(e.target.value)}
        >
          {model.templates.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name}
            </option>
          ))}
        </select>
      </div>
      {template.subject !== undefined && (
        <label>
          <span className="label">{t('draftSubject')}</span>
          <input
            style={{ width: '100%' }}
            value={subject}
            maxLength={TEMPLATE_LIMITS.subject}
            onChange={(e) => edit({ subject: e.target.value })}
          />
        </label>
      )}
      <label>
        <span className="label">{t('draftMessage')}</span>
        <textarea
          data-testid="draft"
          rows={7}
          value={body}
          maxLength={TEMPLATE_LIMITS.body}
          onChange={(e) => edit({ body: e.target.value })}
        />
      </label>
      {(isNote || edited) && (
        <p className="spread small">
          {isNote ? (
            <span
              className={count > LINKEDIN_NOTE_LIMIT ? 'warning' : 'ok'}
              role={count > LINKEDIN_NOTE_LIMIT ? 'alert' : undefined}
              data-testid="char-count"
            >
              {count > LINKEDIN_NOTE_LIMIT
                ? t('draftCharactersOverLimit', [count, LINKEDIN_NOTE_LIMIT])
                : t('draftCharactersOfLimit', [count, LINKEDIN_NOTE_LIMIT])}
            </span>
          ) : (
            <span />
          )}
          {edited && (
            <button
              type="button"
              className="link"
              onClick={() => update({ templateId: template.id, edited: false, subject: '', body: '' })}
            >
              {t('draftReset')}
            </button>
          )}
        </p>
      )}
      {mismatch && introducer && (
        <GreetingCheck
          greets={mismatch}
          chosen={introducer}
          onUpdate={() => {
            update({ templateId: template.id, subject: regreet(subject, mismatch, introducer), body: regreet(body, mismatch, introducer), edited: true });
            setGreets(introducer);
          }}
          onKeep={() => onIntroducer?.(mismatch)}
        />
      )}
      <FormError error={error} />
      <DraftActions
        onPromisedChange={setPromisedAt}
        {...(promiseWarning ? { promiseWarning } : {})}
        blocked={mismatch !== undefined}
        snapshot={snapshot}
        model={model}
        template={template}
        introducer={introducer}
        subject={subject}
        body={body}
        markers={left}
        followUpAt={composed.followUpAt}
        onSent={(message) => {
          discard();
          setGreets(undefined);
          setNotice(message);
        }}
      />
      {left.length > 0 && (
        <p className="warning small" data-testid="markers">
          {t('draftStillToFill', left.join(', '))}
        </p>
      )}
      <p className="ok small" role="status">
        {notice}
      </p>
    </section>
  );
}
