import { Template, type TemplateMoment } from '../model';
import { BUILT_IN_TEMPLATES } from '../outreach/templates';
import type { InroadsDb } from './database';
import { newId } from './people';

/**
 * The template library: the built-ins, with the user's saved edits of them
 * (stored under the built-in's id) replacing the defaults, then the user's
 * own templates. Resetting a built-in deletes the saved edit.
 */
export function mergeTemplates(saved: Template[]): Template[] {
  const byId = new Map(saved.map((t) => [t.id, t]));
  const builtIns = BUILT_IN_TEMPLATES.map((t) => byId.get(t.id) ?? t);
  const own = saved.filter((t) => !BUILT_IN_TEMPLATES.some((b) => b.id === t.id));
  return [...builtIns, ...own.sort((a, b) => a.name.localeCompare(b.name))];
}

export async function loadTemplates(db: InroadsDb): Promise<Template[]> {
  return mergeTemplates(await db.templates.toArray());
}

export const isEditedBuiltIn = (t: Template) => t.builtIn && t.updatedAt > 0;

/** Saves an edit of any template (validated); built-ins keep their id so they can be reset. */
export async function saveTemplate(db: InroadsDb, template: Template, now: number): Promise<Template> {
  const saved = Template.parse({ ...template, updatedAt: now });
  await db.templates.put(saved);
  return saved;
}

export async function createTemplate(
  db: InroadsDb,
  input: { name: string; moment: TemplateMoment; subject?: string; body: string; basedOn?: string },
  now: number,
): Promise<Template> {
  return saveTemplate(db, { ...input, id: newId(), builtIn: false, updatedAt: now }, now);
}

/** Back to the shipped text (built-in) — or deletes a user's own template. */
export async function resetOrDeleteTemplate(db: InroadsDb, id: string): Promise<void> {
  await db.templates.delete(id);
}
