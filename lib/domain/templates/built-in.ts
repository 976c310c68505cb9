/**
 * The built-in template library, one template per moment of the method
 * (TEMPLATE_MOMENTS), written for Inroads. Users edit copies; a built-in can
 * always be restored with resetTemplate.
 */
import type { Template, TemplateMoment } from '@/lib/domain/model';
import { AFTER_TEMPLATES } from '@/lib/domain/templates/built-in/after';
import { FOLLOW_UP_TEMPLATES } from '@/lib/domain/templates/built-in/follow-ups';
import { REQUEST_TEMPLATES } from '@/lib/domain/templates/built-in/requests';
import { CONNECTION_NOTE_TEMPLATES } from '@/lib/domain/templates/built-in/connection-notes';

export const BUILT_IN_TEMPLATES: readonly Template[] = Object.freeze(
  [...REQUEST_TEMPLATES, ...CONNECTION_NOTE_TEMPLATES, ...FOLLOW_UP_TEMPLATES, ...AFTER_TEMPLATES].map((t) =>
    Object.freeze({ ...t, builtIn: true, updatedAt: 0 }),
  ),
);

/**
 * The templates for one moment: the user's own first (most recently edited
 * first), then the built-ins in library order.
 */
export function templatesForMoment(all: readonly Template[], moment: TemplateMoment): Template[] {
  const forMoment = all.filter((t) => t.moment === moment);
  const own = forMoment.filter((t) => !t.builtIn).sort((a, b) => b.updatedAt - a.updatedAt);
  return [...own, ...forMoment.filter((t) => t.builtIn)];
}

/** A user's editable copy of a template, remembering the built-in it came from. */
export function copyTemplate(t: Template, newId: string, now: number): Template {
  const copy: Template = {
    id: newId,
    name: `${t.name} (my copy)`.slice(0, 200),
    moment: t.moment,
    body: t.body,
    builtIn: false,
    updatedAt: now,
  };
  if (t.subject !== undefined) copy.subject = t.subject;
  const basedOn = t.builtIn ? t.id : t.basedOn;
  if (basedOn !== undefined) copy.basedOn = basedOn;
  return copy;
}

/** A fresh (unfrozen) copy of the built-in default with this id, or undefined if none. */
export function resetTemplate(id: string): Template | undefined {
  const original = BUILT_IN_TEMPLATES.find((t) => t.id === id);
  return original ? { ...original } : undefined;
}

/** The built-in default for a moment. */
export function builtInTemplateFor(moment: TemplateMoment): Template {
  const found = BUILT_IN_TEMPLATES.find((t) => t.moment === moment);
  if (!found) throw new Error(`No built-in template for ${moment}`);
  return { ...found };
}
