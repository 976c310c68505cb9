import type { Settings } from '@/lib/domain/model';
import { PREVIEW_INTRODUCER, PREVIEW_PERSON, previewTemplate } from '@/lib/domain/templates/library';
import { plural, t } from '@/lib/domain/i18n';

/**
 * What the template produces for a fictitious Jane Doe at Acme (introduced
 * by Sam Lee) with your settings: rendered as text, never as markup.
 */
export function TemplatePreview({
  subject,
  body,
  settings,
  now,
}: {
  subject?: string;
  body: string;
  settings: Settings;
  now: number;
}) {
  const preview = previewTemplate({ subject, body }, settings, now);
  return (
    <div className="template-preview stack" role="group" aria-label={t('templatesPreview')}>
      <p>
        <strong>{t('templatesPreview')}</strong>{' '}
        <span className="small muted">
          {t('templatesPreviewFor', [PREVIEW_PERSON.name, PREVIEW_PERSON.company, PREVIEW_INTRODUCER.name])}
        </span>
      </p>
      {preview.unknown.length > 0 && (
        <p className="warning" role="alert" data-testid="unknown-placeholders">
          {plural('templatesUnknown', preview.unknown.length, [
            preview.unknown.map((name) => `{{${name}}}`).join(', '),
          ])}
        </p>
      )}
      {preview.subject !== undefined && (
        <p>
          <span className="small muted">{t('templatesSubject')} </span>
          <span data-testid="preview-subject">{preview.subject}</span>
        </p>
      )}
      <div className="template-text" data-testid="preview-body">
        {preview.body}
      </div>
      {preview.missing.length > 0 && (
        <p className="small muted" data-testid="preview-missing">
          {t('templatesMissing', preview.missing.join(', '))}
        </p>
      )}
    </div>
  );
}
