import type { Settings } from '../../lib/model';
import { previewTemplate } from '../../lib/outreach/template-library';

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
    <div className="template-preview stack" role="group" aria-label="Preview">
      <p>
        <strong>Preview</strong> <span className="small muted">for Jane Doe at Acme, introduced by Sam Lee</span>
      </p>
      {preview.unknown.length > 0 && (
        <p className="warning" role="alert" data-testid="unknown-placeholders">
          Unknown placeholder{preview.unknown.length === 1 ? '' : 's'}:{' '}
          {preview.unknown.map((name) => `{{${name}}}`).join(', ')}.{' '}
          {preview.unknown.length === 1 ? 'It shows' : 'They show'} as “[unknown: …]” in drafts — check the spelling
          against the list of placeholders.
        </p>
      )}
      {preview.subject !== undefined && (
        <p>
          <span className="small muted">Subject: </span>
          <span data-testid="preview-subject">{preview.subject}</span>
        </p>
      )}
      <div className="template-text" data-testid="preview-body">
        {preview.body}
      </div>
      {preview.missing.length > 0 && (
        <p className="small muted" data-testid="preview-missing">
          Shown as markers until filled in: {preview.missing.join(', ')}.
        </p>
      )}
    </div>
  );
}
