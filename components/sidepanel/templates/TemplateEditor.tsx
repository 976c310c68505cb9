import { useId, useRef, useState } from 'react';
import type { Settings, Template, TemplateMoment } from '@/lib/domain/model';
import { TEMPLATE_MOMENTS } from '@/lib/domain/model/constants';
import type { PlaceholderName } from '@/lib/domain/templates/render/placeholders';
import { MOMENT_LABELS, momentUsesSubject } from '@/lib/domain/templates/library';
import { PlaceholderList } from './PlaceholderList';
import { TemplatePreview } from './TemplatePreview';
import { InroadsError } from '@/lib/domain/errors';
import { FormError } from '@/components/shared/FormError';
import { useAction } from '@/components/shared/use-action';
import { t } from '@/lib/domain/i18n';
import { TEMPLATE_LIMITS } from '@/lib/domain/model/limits';
import { LimitNote } from '@/components/shared/LimitNote';

export interface TemplateDraft {
  name: string;
  moment: TemplateMoment;
  subject?: string;
  body: string;
}

interface Props {
  /** The template being edited; absent when creating one. */
  template?: Template;
  settings: Settings;
  now: number;
  onSave: (draft: TemplateDraft) => Promise<void>;
  onCancel: () => void;
}

/** Edits a template (or creates one): name, moment, subject where email, body, with a live preview. */
export function TemplateEditor({ template, settings, now, onSave, onCancel }: Props) {
  const id = useId();
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const [name, setName] = useState(template?.name ?? '');
  const [moment, setMoment] = useState<TemplateMoment>(template?.moment ?? 'cold-email');
  const [subject, setSubject] = useState(template?.subject ?? '');
  const [body, setBody] = useState(template?.body ?? '');
  // Built-ins keep their shape; your own have a subject where the moment is an email (or already had one).
  const hasSubject = template?.builtIn
    ? template.subject !== undefined
    : momentUsesSubject(moment) || template?.subject !== undefined;

  const insert = (placeholder: PlaceholderName) => {
    const slot = `{{${placeholder}}}`;
    const el = bodyRef.current;
    const start = el?.selectionStart ?? body.length;
    const end = el?.selectionEnd ?? body.length;
    setBody(body.slice(0, start) + slot + body.slice(end));
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + slot.length, start + slot.length);
    });
  };

  const saving = useAction(
    async () => {
      if (!name.trim()) throw new InroadsError('templatesNeedName');
      if (!body.trim()) throw new InroadsError('templatesEmpty');
      await onSave({ name: name.trim(), moment, body, ...(hasSubject ? { subject } : {}) });
    },
    { failure: 'commonNotSaved' },
  );

  return (
    <form
      className="card stack template-editor"
      onSubmit={saving.submit}
      aria-label={template ? t('templatesEditNamed', template.name) : t('templatesNew')}
    >
      <label>
        <span className="label">{t('templatesName')}</span>
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={TEMPLATE_LIMITS.name}
          required
          style={{ width: '100%' }}
        />
      </label>
      <label>
        <span className="label">{t('templatesMoment')}</span>
        <select
          value={moment}
          disabled={template?.builtIn}
          onChange={(e) => setMoment(e.target.value as TemplateMoment)}
        >
          {TEMPLATE_MOMENTS.map((m) => (
            <option key={m} value={m}>
              {MOMENT_LABELS[m]}
            </option>
          ))}
        </select>
      </label>
      {hasSubject && (
        <label>
          <span className="label">{t('draftSubject')}</span>
          <input
            value={subject}
            onChange={(e) => setSubject(e.target.value)}
            maxLength={TEMPLATE_LIMITS.subject}
            style={{ width: '100%' }}
          />
        </label>
      )}
      <label htmlFor={`${id}-body`}>
        <span className="label">{t('draftMessage')}</span>
      </label>
      <textarea
        id={`${id}-body`}
        ref={bodyRef}
        rows={10}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        maxLength={TEMPLATE_LIMITS.body}
      />
      <LimitNote id={`${id}-body-limit`} length={body.length} max={TEMPLATE_LIMITS.body} />
      <PlaceholderList onInsert={insert} />
      <TemplatePreview subject={hasSubject ? subject : undefined} body={body} settings={settings} now={now} />
      <FormError error={saving.error} />
      <div className="row">
        <button type="submit" className="primary" disabled={saving.busy}>
          {t('templatesSave')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('commonCancel')}
        </button>
      </div>
    </form>
  );
}
