import { useId } from 'react';
import { isEditedBuiltIn } from '@/lib/store/settings/templates';
import type { Template } from '@/lib/domain/model';
import { t } from '@/lib/domain/i18n';

interface Props {
  template: Template;
  onEdit: () => void;
  onDuplicate: () => void;
  /** Reset an edited built-in, or delete your own (the caller asks first). */
  onResetOrDelete: () => void;
}

/** One template in the library: its name, subject and text, and what can be done with it. */
export function TemplateCard({ template, onEdit, onDuplicate, onResetOrDelete }: Props) {
  const headingId = useId();
  const edited = isEditedBuiltIn(template);
  return (
    <article className="card stack" data-testid="template-card" aria-labelledby={headingId}>
      <div className="spread">
        <h3 id={headingId}>{template.name}</h3>
        <span className="row">
          {template.builtIn ? (
            <span className="pill">{t('templatesBuiltIn')}</span>
          ) : (
            <span className="pill">{t('templatesYours')}</span>
          )}
          {edited && <span className="pill">{t('templatesEdited')}</span>}
        </span>
      </div>
      {template.subject !== undefined && (
        <p className="small">
          <span className="muted">{t('templatesSubject')} </span>
          {template.subject}
        </p>
      )}
      {/* Focusable: the text scrolls when long, and keyboard users must be able to scroll it. */}
      <div className="template-text small" tabIndex={0} role="group" aria-label={t('templatesTextOf', template.name)}>
        {template.body}
      </div>
      <div className="row">
        <button type="button" onClick={onEdit} aria-label={t('templatesEditNamed', template.name)}>
          {t('templatesEdit')}
        </button>
        <button type="button" onClick={onDuplicate} aria-label={t('templatesDuplicateNamed', template.name)}>
          {t('templatesDuplicate')}
        </button>
        {edited && (
          <button type="button" onClick={onResetOrDelete} aria-label={t('templatesResetNamed', template.name)}>
            {t('templatesResetDefault')}
          </button>
        )}
        {!template.builtIn && (
          <button
            type="button"
            className="danger"
            onClick={onResetOrDelete}
            aria-label={t('templatesDeleteNamed', template.name)}
          >
            {t('commonDelete')}
          </button>
        )}
      </div>
    </article>
  );
}
