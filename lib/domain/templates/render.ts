/**
 * Template rendering. Placeholders are `{{name}}` (spaces inside the braces
 * allowed, name case-insensitive). Nothing is ever evaluated: a value is
 * inserted as plain text and never expanded again.
 *
 * No output contains "{{" or "}}": after substitution, every brace that
 * is followed by the same brace gets a space after it ("{{x}}" in a value
 * or a stray "{{" in the template becomes "{ {x} }" / "{ {"), so a rendered
 * draft can never be mistaken for a template or re-expanded.
 */
import type { Template } from '@/lib/domain/model';
import { markerFor, placeholderNamed, type DraftValues, type PlaceholderName } from '@/lib/domain/templates/render/placeholders';

export interface RenderResult {
  text: string;
  /** Placeholders with no value, shown as a visible marker like "[first name]". */
  markers: PlaceholderName[];
  /** Slots that name no known placeholder, shown as "[unknown: name]". */
  unknown: string[];
}

/** A slot: two braces, up to 80 characters with no brace or line break, two braces. */
const SLOT = /\{\{([^{}\r\n]{0,80})\}\}/g;

/** Breaks up every "{{" and "}}" so none survives in the output. */
export function neutraliseBraces(text: string): string {
  return text.replace(/\{(?=\{)/g, '{ ').replace(/\}(?=\})/g, '} ');
}

function valueOf(values: DraftValues, name: PlaceholderName): string | undefined {
  const value: unknown = values[name];
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Fills the placeholders of `text` with `values`; never throws. */
export function renderTemplate(text: string, values: DraftValues): RenderResult {
  const markers: PlaceholderName[] = [];
  const unknown: string[] = [];
  const source = typeof text === 'string' ? text : '';
  const filled = source.replace(SLOT, (slot: string, inner: string, at: number) => {
    const name = placeholderNamed(inner);
    if (!name) {
      const raw = inner.trim();
      if (!unknown.includes(raw)) unknown.push(raw);
      return `[unknown: ${raw}]`;
    }
    const value = valueOf(values ?? {}, name);
    // "at {{company}}." with "Meta Platforms, Inc.": one full stop, not two.
    if (value !== undefined) return value.endsWith('.') && source[at + slot.length] === '.' ? value.slice(0, -1) : value;
    if (!markers.includes(name)) markers.push(name);
    return markerFor(name);
  });
  return { text: neutraliseBraces(filled), markers, unknown };
}

/** Renders a template's subject (when it has one) and body. */
export function renderDraft(template: Template, values: DraftValues): { subject?: RenderResult; body: RenderResult } {
  const body = renderTemplate(template.body, values);
  return template.subject === undefined ? { body } : { subject: renderTemplate(template.subject, values), body };
}

/** LinkedIn's limit for a note attached to a connection invitation. */
export const LINKEDIN_NOTE_LIMIT = 300;

let graphemes: Intl.Segmenter | null | undefined;

/** User-perceived characters (grapheme clusters where Intl.Segmenter exists, else code points). */
export function characterCount(text: string): number {
  if (graphemes === undefined) {
    graphemes =
      typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;
  }
  if (!graphemes) return [...text].length;
  let count = 0;
  for (const _segment of graphemes.segment(text)) count += 1;
  return count;
}
