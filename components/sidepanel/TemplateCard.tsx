import { useId } from 'react';
import { isEditedBuiltIn } from '../../lib/db/templates';
import type { Template } from '../../lib/model';

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
          {template.builtIn ? <span className="pill">Built-in</span> : <span className="pill">Yours</span>}
          {edited && <span className="pill">edited</span>}
        </span>
      </div>
      {template.subject !== undefined && (
        <p className="small">
          <span className="muted">Subject: </span>
          {template.subject}
        </p>
      )}
      {/* Focusable: the text scrolls when long, and keyboard users must be able to scroll it. */}
      <div className="template-text small" tabIndex={0} role="group" aria-label={`Text of ${template.name}`}>
        {template.body}
      </div>
      <div className="row">
        <button type="button" onClick={onEdit} aria-label={`Edit ${template.name}`}>
          Edit
        </button>
        <button type="button" onClick={onDuplicate} aria-label={`Duplicate ${template.name}`}>
          Duplicate
        </button>
        {edited && (
          <button type="button" onClick={onResetOrDelete} aria-label={`Reset ${template.name} to default`}>
            Reset to default
          </button>
        )}
        {!template.builtIn && (
          <button type="button" className="danger" onClick={onResetOrDelete} aria-label={`Delete ${template.name}`}>
            Delete
          </button>
        )}
      </div>
    </article>
  );
}
