import { Template, type TemplateMoment } from '@/lib/domain/model';
import { storable } from '@/lib/store/contract';
import type { InroadsDb } from '@/lib/store/database';
import { newId } from '@/lib/store/people/people';

/** Saves an edit of any template (validated); built-ins keep their id so they can be reset. */
export async function saveTemplate(db: InroadsDb, template: Template, now: number): Promise<Template> {
  const saved = storable(Template, { ...template, updatedAt: now });
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
