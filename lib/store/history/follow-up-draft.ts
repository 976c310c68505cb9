/**
 * The one-click draft of the follow-up list: what is owed to a person, drafted
 * from the right template with what the database knows about them.
 */
import { t } from '@/lib/domain/i18n';
import type { Person, ProfileSnapshot, Settings, Template, TemplateMoment } from '@/lib/domain/model';
import { draftMomentFor } from '@/lib/domain/cadence/action-touch';
import { decideApproach } from '@/lib/domain/approach/approach';
import type { Approach, IntroducerOption } from '@/lib/domain/approach/types';
import { composeDraft, defaultTemplate } from '@/lib/domain/templates/compose-draft';
import { firstNameOf } from '@/lib/domain/templates/render/names';
import { loadApproachInput } from '@/lib/store/people/approach-context';
import type { InroadsDb } from '@/lib/store/database';
import { touchesOf } from './next-action';
import { loadSettings } from '@/lib/store/settings/settings';
import { loadTemplates } from '@/lib/store/settings/templates';

export interface DraftContext {
  person: Person;
  settings: Settings;
  templates: Template[];
  approach: Approach;
  /** Who referred the user, when their name may be used. */
  referrerName?: string;
  /** Who introduced or referred the user (to thank them), with their id when tracked. */
  introducer?: { name: string; personId?: string; email?: string };
}

export interface ActionDraft {
  template: Template;
  moment: TemplateMoment;
  subject: string;
  body: string;
  /** Values still missing, shown as markers in the text. */
  missing: string[];
  /** The follow-up date the draft promises. */
  followUpAt?: number;
  /** Whom the message goes to (the introducer for a thank-you to them). */
  to?: string;
  /** The introducer to record on an introduction request. */
  introducer?: IntroducerOption;
}

/** What a tracked person shows of their profile, as the approach rules read a page. */
export function snapshotOfPerson(person: Person): ProfileSnapshot {
  const snapshot: ProfileSnapshot = {
    url: person.profileUrl ?? '',
    publicId: person.publicId ?? '',
    pageKind: 'profile',
    degree: person.degree,
    mutuals: person.mutuals,
    missing: [],
  };
  for (const field of ['memberUrn', 'name', 'headline', 'company', 'location'] as const) {
    const value = person[field];
    if (value) snapshot[field] = value;
  }
  if (person.mutualCount !== undefined) snapshot.mutualCount = person.mutualCount;
  return snapshot;
}

export async function loadDraftContext(
  db: InroadsDb,
  personId: string,
  now: number,
): Promise<DraftContext | undefined> {
  const person = await db.people.get(personId);
  if (!person) return undefined;
  const [input, templates, settings, touches] = await Promise.all([
    loadApproachInput(db, snapshotOfPerson(person), person),
    loadTemplates(db),
    loadSettings(db),
    touchesOf(db, personId),
  ]);
  const introducerId = person.referredById ?? touches.find((t) => t.introducerId)?.introducerId;
  const introducerPerson = introducerId ? await db.people.get(introducerId) : undefined;
  const introducerName = introducerPerson?.name ?? person.referredByName;
  return {
    person,
    settings,
    templates,
    approach: decideApproach(input, now),
    referrerName: input.referral?.nameAllowed ? input.referral.referrerName : undefined,
    introducer: introducerName
      ? { name: introducerName, personId: introducerPerson?.id, email: introducerPerson?.email }
      : undefined,
  };
}

/** The draft for the person's next action, or undefined when no message fits it. */
export function composeActionDraft(ctx: DraftContext, now: number): ActionDraft | undefined {
  const { person, approach } = ctx;
  const action = person.nextAction;
  if (!action) return undefined;
  const moment = draftMomentFor(action, approach.kind);
  const template = moment ? defaultTemplate(ctx.templates, moment) : undefined;
  if (!moment || !template) return undefined;
  const thanksIntroducer = moment === 'thank-introducer';
  const pageIntroducer =
    moment === 'introduction-request' || moment === 'introduction-blurb' ? approach.introducers[0] : undefined;
  const thanked: IntroducerOption | undefined =
    thanksIntroducer && ctx.introducer
      ? {
          name: ctx.introducer.name,
          firstName: firstNameOf(ctx.introducer.name),
          personId: ctx.introducer.personId,
          rank: 1,
          tier: 'tracked',
          why: t('introducerWhyIntroducedYou'),
        }
      : undefined;
  const composed = composeDraft({
    template,
    person,
    snapshot: snapshotOfPerson(person),
    approach,
    introducer: thanked ?? pageIntroducer,
    referrerName: ctx.referrerName,
    settings: ctx.settings,
    now,
    blurb: ctx.templates.find((t) => t.moment === 'introduction-blurb'),
  });
  const to = thanksIntroducer ? ctx.introducer?.email : pageIntroducer ? undefined : person.email;
  return {
    template,
    moment,
    subject: composed.subject,
    body: composed.body,
    missing: composed.missing,
    followUpAt: composed.followUpAt,
    ...(to ? { to } : {}),
    ...(pageIntroducer ? { introducer: pageIntroducer } : {}),
  };
}
