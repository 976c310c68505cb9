/**
 * The template library as the Templates view shows it: moments in the
 * method's order with readable names, and a preview rendered for a
 * fictitious person so the user sees what a template produces. Pure.
 */
import type { Settings, Template, TemplateMoment } from '@/lib/domain/model';
import { TEMPLATE_MOMENTS } from '@/lib/domain/model/constants';
import { renderTemplate } from './render';
import { PLACEHOLDER_LABELS, type PlaceholderName } from '@/lib/domain/templates/render/placeholders';
import { buildDraftValues } from '@/lib/domain/templates/render/values';
import { BUILT_IN_TEMPLATES } from './built-in';
import { withForwardableNote } from './compose-draft';
import { labels } from '@/lib/domain/i18n';

export const MOMENT_LABELS = labels<TemplateMoment>({
  'direct-ask': 'templateMomentDirectAsk',
  'introduction-request': 'templateMomentIntroductionRequest',
  'introduction-blurb': 'templateMomentIntroductionBlurb',
  'cold-email': 'templateMomentColdEmail',
  'referred-pitch': 'templateMomentReferredPitch',
  'follow-up-1': 'templateMomentFollowUp1',
  'follow-up-2': 'templateMomentFollowUp2',
  voicemail: 'templateMomentVoicemail',
  'thank-you': 'templateMomentThankYou',
  'thank-introducer': 'templateMomentThankIntroducer',
  'referral-ask': 'templateMomentReferralAsk',
  'check-back': 'templateMomentCheckBack',
  'check-back-introducer': 'templateMomentCheckBackIntroducer',
  'progress-update': 'templateMomentProgressUpdate',
  'meeting-questions': 'templateMomentMeetingQuestions',
  'connection-note-direct': 'templateMomentConnectionNoteDirect',
  'connection-note-introduced': 'templateMomentConnectionNoteIntroduced',
  'connection-note-cold': 'templateMomentConnectionNoteCold',
});

/** Moments whose message is an email (the built-in has a subject line). */
export function momentUsesSubject(moment: TemplateMoment): boolean {
  return BUILT_IN_TEMPLATES.some((t) => t.moment === moment && t.subject !== undefined);
}

export interface MomentGroup {
  moment: TemplateMoment;
  label: string;
  templates: Template[];
}

/** Templates grouped by moment in the method's order (moments without templates left out), keeping the library's order. */
export function groupByMoment(templates: readonly Template[]): MomentGroup[] {
  return TEMPLATE_MOMENTS.map((moment) => ({
    moment,
    label: MOMENT_LABELS[moment],
    templates: templates.filter((t) => t.moment === moment),
  })).filter((g) => g.templates.length > 0);
}

/** The fictitious people a preview is rendered for. */
export const PREVIEW_PERSON = {
  name: 'Jane Doe',
  company: 'Acme',
  headline: 'Product designer at Acme',
  objective: { kind: 'role' as const, detail: '' },
};
export const PREVIEW_INTRODUCER = { name: 'Sam Lee', firstName: 'Sam' };

export interface TemplatePreview {
  subject?: string;
  body: string;
  /** Labels of values still missing, shown as markers ("your name"). */
  missing: string[];
  /** Slots naming no known placeholder, e.g. "firstname2". */
  unknown: string[];
}

/** Renders a template (as being edited) for Jane Doe at Acme, introduced by Sam Lee, with the user's settings. */
export function previewTemplate(
  draft: { subject?: string; body: string },
  settings: Settings,
  now: number,
): TemplatePreview {
  const values = withForwardableNote(
    buildDraftValues({
      person: PREVIEW_PERSON,
      introducer: PREVIEW_INTRODUCER,
      referrerName: PREVIEW_INTRODUCER.name,
      settings,
      now,
    }),
    undefined,
  );
  const subject = draft.subject === undefined ? undefined : renderTemplate(draft.subject, values);
  const body = renderTemplate(draft.body, values);
  const markers = new Set<PlaceholderName>([...(subject?.markers ?? []), ...body.markers]);
  const preview: TemplatePreview = {
    body: body.text,
    missing: [...markers].map((name) => PLACEHOLDER_LABELS[name]),
    unknown: [...new Set([...(subject?.unknown ?? []), ...body.unknown])],
  };
  if (subject) preview.subject = subject.text;
  return preview;
}

/** What "Duplicate" creates: a user template remembering the built-in it came from. */
export function duplicateOf(t: Template): {
  name: string;
  moment: TemplateMoment;
  subject?: string;
  body: string;
  basedOn?: string;
} {
  const copy: { name: string; moment: TemplateMoment; subject?: string; body: string; basedOn?: string } = {
    name: `${t.name} (my copy)`.slice(0, 200),
    moment: t.moment,
    body: t.body,
  };
  if (t.subject !== undefined) copy.subject = t.subject;
  const basedOn = t.builtIn ? t.id : t.basedOn;
  if (basedOn !== undefined) copy.basedOn = basedOn;
  return copy;
}
