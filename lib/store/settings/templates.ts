import type { Template } from '@/lib/domain/model';
import { BUILT_IN_TEMPLATES } from '@/lib/domain/templates/built-in';
import type { InroadsDb } from '@/lib/store/database';

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
