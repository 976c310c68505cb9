import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { getDb } from '@/lib/store';
import { loadSettings } from '@/lib/store/settings/settings';
import { loadTemplates } from '@/lib/store/settings/templates';
import { createTemplate, resetOrDeleteTemplate, saveTemplate } from '@/lib/store/settings/template-edits';
import type { Template } from '@/lib/domain/model';
import { duplicateOf, groupByMoment } from '@/lib/domain/templates/library';
import { TemplateCard } from './TemplateCard';
import { TemplateEditor, type TemplateDraft } from './TemplateEditor';
import { FormError } from '@/components/shared/FormError';
import { useAction } from '@/components/shared/use-action';
import { t } from '@/lib/domain/i18n';
import { textWith } from '@/components/shared/text-with';
import { markerFor } from '@/lib/domain/templates/render/placeholders';

/** The placeholder the intro shows as an example (code, not words: never translated). */
const EXAMPLE_SLOT = '{{firstName}}';

/** Which template is open in the editor: one by id, a new one, or none. */
type Editing = { id: string } | 'new' | null;

/**
 * The template library, grouped by the moment of the method each serves.
 * Built-ins can be edited (and reset to their default); your own can be
 * created, duplicated and deleted.
 */
export function TemplatesView() {
  const templates = useLiveQuery(() => loadTemplates(getDb()), []);
  const settings = useLiveQuery(() => loadSettings(getDb()), []);
  const groups = useMemo(() => groupByMoment(templates ?? []), [templates]);
  const [editing, setEditing] = useState<Editing>(null);
  const [status, setStatus] = useState('');
  const [now] = useState(() => Date.now());

  const change = useAction(
    async (work: () => Promise<unknown>, done: string) => {
      await work();
      return done;
    },
    { onDone: setStatus },
  );
  const run = change.run;

  const save = async (template: Template | undefined, draft: TemplateDraft) => {
    const db = getDb();
    if (template) {
      const { subject: _old, ...rest } = template;
      await saveTemplate(
        db,
        { ...rest, ...draft, moment: template.builtIn ? template.moment : draft.moment },
        Date.now(),
      );
    } else {
      await createTemplate(db, draft, Date.now());
    }
    setEditing(null);
    setStatus(t('templatesSaved', draft.name));
  };

  const resetOrDelete = (template: Template) => {
    const { builtIn, name } = template;
    if (!window.confirm(builtIn ? t('templatesResetConfirm', name) : t('templatesDeleteConfirm', name))) return;
    void run(
      () => resetOrDeleteTemplate(getDb(), template.id),
      builtIn ? t('templatesReset', name) : t('templatesDeleted', name),
    );
  };

  const duplicate = (template: Template) => {
    const copy = duplicateOf(template);
    void run(() => createTemplate(getDb(), copy, Date.now()), t('templatesCopied', copy.name));
  };

  if (!templates || !settings) return <p role="status">{t('commonLoading')}</p>;
  return (
    <section aria-labelledby="templates-heading" className="templates-view">
      <div className="spread">
        <h1 id="templates-heading">{t('templatesTitle')}</h1>
        <button type="button" className="primary" onClick={() => setEditing('new')} disabled={editing === 'new'}>
          {t('templatesNew')}
        </button>
      </div>
      <p className="small muted">{textWith('templatesIntro', [<code>{EXAMPLE_SLOT}</code>, markerFor('firstName')])}</p>
      <p role="status" className="small ok">
        {status}
      </p>
      <FormError error={change.error} />
      {editing === 'new' && (
        <TemplateEditor
          settings={settings}
          now={now}
          onSave={(d) => save(undefined, d)}
          onCancel={() => setEditing(null)}
        />
      )}
      {groups.map((group) => (
        <section key={group.moment} aria-label={group.label}>
          <h2>{group.label}</h2>
          {group.templates.map((template) =>
            editing !== null && editing !== 'new' && editing.id === template.id ? (
              <TemplateEditor
                key={template.id}
                template={template}
                settings={settings}
                now={now}
                onSave={(d) => save(template, d)}
                onCancel={() => setEditing(null)}
              />
            ) : (
              <TemplateCard
                key={template.id}
                template={template}
                onEdit={() => setEditing({ id: template.id })}
                onDuplicate={() => duplicate(template)}
                onResetOrDelete={() => resetOrDelete(template)}
              />
            ),
          )}
        </section>
      ))}
    </section>
  );
}
