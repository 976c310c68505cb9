import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { getDb } from '../../lib/db';
import { loadSettings } from '../../lib/db/settings';
import { loadTemplates } from '../../lib/db/templates';
import { createTemplate, resetOrDeleteTemplate, saveTemplate } from '../../lib/db/template-edits';
import type { Template } from '../../lib/model';
import { duplicateOf, groupByMoment } from '../../lib/outreach/template-library';
import { TemplateCard } from './TemplateCard';
import { TemplateEditor, type TemplateDraft } from './TemplateEditor';

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
  const [error, setError] = useState('');
  const [now] = useState(() => Date.now());

  const run = async (action: () => Promise<unknown>, done: string) => {
    setError('');
    try {
      await action();
      setStatus(done);
    } catch (e) {
      setError((e as Error).message);
    }
  };

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
    setStatus(`Saved “${draft.name}”.`);
  };

  const resetOrDelete = (t: Template) => {
    const question = t.builtIn
      ? `Reset “${t.name}” to the text Inroads ships with? Your edits will be lost.`
      : `Delete your template “${t.name}”?`;
    if (!window.confirm(question)) return;
    void run(
      () => resetOrDeleteTemplate(getDb(), t.id),
      t.builtIn ? `“${t.name}” is back to its default.` : `Deleted “${t.name}”.`,
    );
  };

  const duplicate = (t: Template) => {
    const copy = duplicateOf(t);
    void run(() => createTemplate(getDb(), copy, Date.now()), `Copied as “${copy.name}”.`);
  };

  if (!templates || !settings) return <p role="status">Loading…</p>;
  return (
    <section aria-labelledby="templates-heading" className="templates-view">
      <div className="spread">
        <h1 id="templates-heading">Templates</h1>
        <button type="button" className="primary" onClick={() => setEditing('new')} disabled={editing === 'new'}>
          New template
        </button>
      </div>
      <p className="small muted">
        Placeholders like <code>{'{{firstName}}'}</code> are filled in when you draft a message; anything missing stays
        visible as a marker such as “[first name]”.
      </p>
      <p role="status" className="small ok">
        {status}
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
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
          {group.templates.map((t) =>
            editing !== null && editing !== 'new' && editing.id === t.id ? (
              <TemplateEditor
                key={t.id}
                template={t}
                settings={settings}
                now={now}
                onSave={(d) => save(t, d)}
                onCancel={() => setEditing(null)}
              />
            ) : (
              <TemplateCard
                key={t.id}
                template={t}
                onEdit={() => setEditing({ id: t.id })}
                onDuplicate={() => duplicate(t)}
                onResetOrDelete={() => resetOrDelete(t)}
              />
            ),
          )}
        </section>
      ))}
    </section>
  );
}
