import type { Person, ProfileSnapshot, Settings, Template, TemplateMoment, TouchKind } from '@/lib/domain/model';
import type { Approach, IntroducerOption } from '@/lib/domain/approach/types';
import { renderDraft, renderTemplate } from './render';
import { promisedSlot } from './promise';
import { builtInTemplateFor } from './built-in';
import { PLACEHOLDER_LABELS } from '@/lib/domain/templates/render/placeholders';
import { buildDraftValues } from '@/lib/domain/templates/render/values';
import type { DraftValues } from '@/lib/domain/templates/render/placeholders';

export interface ComposedDraft {
  subject: string;
  body: string;
  /** Labels of the values still missing ("your name"), shown as markers in the text. */
  missing: string[];
  /** Slots naming no known placeholder. */
  unknown: string[];
  /** The follow-up date the draft promises (kept exactly when marked sent): the day in its text. */
  followUpAt?: number;
  /** Whether the text states that day ({{callDay}} or {{followUpDay}}). */
  promisesDay: boolean;
}

export interface ComposeArgs {
  template: Template;
  person: Partial<Person> & { name?: string };
  snapshot?: ProfileSnapshot;
  approach?: Approach;
  introducer?: IntroducerOption;
  referrerName?: string;
  settings: Settings;
  now: number;
  /** The date promised (the follow-up date chosen); default the method's: a week ahead, on a calling day. */
  promisedAt?: number;
  /** The note about the user an introducer forwards (the user's edit, else the built-in). */
  blurb?: Template;
}

/** Fills {{forwardableNote}} with the short note about the user, rendered with the same values. */
export function withForwardableNote(values: DraftValues, blurb: Template | undefined): DraftValues {
  const note = renderTemplate((blurb ?? builtInTemplateFor('introduction-blurb')).body, values).text.trim();
  return note === '' ? values : { ...values, forwardableNote: note };
}

/** Renders a template for one person: the text the popup puts in the editor. */
export function composeDraft(args: ComposeArgs): ComposedDraft {
  const draftArgs = {
    person: args.person,
    snapshot: args.snapshot,
    introducer: args.introducer,
    referrerName: args.referrerName,
    settings: args.settings,
    now: args.now,
    minutes: args.approach?.minutes,
    objective: args.person.objective?.detail || undefined,
  };
  // One date per promise: the day the text states ("I will call you on…", "I'll follow up on…") is the follow-up date.
  const promise = args.promisedAt ?? buildDraftValues(draftArgs).followUpAt;
  const values = withForwardableNote(buildDraftValues({ ...draftArgs, followUpAt: promise, callAt: promise }), args.blurb);
  const { subject, body } = renderDraft(args.template, values);
  const names = [...new Set([...(subject?.markers ?? []), ...body.markers])];
  return {
    subject: subject?.text ?? '',
    body: body.text,
    missing: names.map((name) => PLACEHOLDER_LABELS[name]),
    unknown: [...new Set([...(subject?.unknown ?? []), ...body.unknown])],
    followUpAt: values.followUpAt,
    promisesDay: promisedSlot(args.template) !== undefined,
  };
}

/** Markers still present in text the user edited (e.g. "[first name]"). */
export function markersLeft(text: string): string[] {
  const labels = new Set<string>(Object.values(PLACEHOLDER_LABELS));
  const found = [...text.matchAll(/\[([^\]\n]{1,60})\]/g)].map((m) => m[1]!);
  return [...new Set(found.filter((label) => labels.has(label) || label.startsWith('unknown: ')))];
}

/** What marking a draft of this moment as sent records. */
export function touchKindFor(moment: TemplateMoment): TouchKind {
  switch (moment) {
    case 'introduction-request':
    case 'introduction-blurb':
      return 'introduction-request';
    case 'follow-up-1':
    case 'follow-up-2':
      return 'follow-up';
    case 'voicemail':
      return 'voicemail';
    case 'thank-you':
      return 'thank-you';
    case 'thank-introducer':
      return 'thank-introducer';
    case 'check-back':
    case 'check-back-introducer':
    case 'referral-ask':
      return 'check-back';
    case 'progress-update':
      return 'update';
    default:
      return 'request';
  }
}

/** The template to start from for an approach: the user's edit of the built-in, else the first for the moment. */
export function defaultTemplate(templates: Template[], moment: TemplateMoment | undefined): Template | undefined {
  return templates.find((t) => t.moment === (moment ?? 'cold-email')) ?? templates[0];
}
