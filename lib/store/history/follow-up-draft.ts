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
import { connectionByUrl } from '@/lib/store/directory/connections';
import { loadSettings } from '@/lib/store/settings/settings';
import { loadTemplates } from '@/lib/store/settings/templates';

export interface DraftContext {
  person: Person;
  settings: Settings;
  templates: Template[];
  approach: Approach;
  /** Who referred the user, when their name may be used. */
  referrerName?: string;
  /** Who introduced or referred the user (to thank them), with their id, e-mail and profile when known. */
  introducer?: { name: string; personId?: string; email?: string; profileUrl?: string };
  /** The subject of the introduction request, when it had one (a follow-up replies to it). */
  requestSubject?: string;
}

export interface ActionDraft {
  template: Template;
  moment: TemplateMoment;
  subject: string;
  body: string;
  /** Values still missing, shown as markers in the text. */
  missing: string[];
  /** The follow-up date the draft promises (the day its text states, when it states one). */
  followUpAt?: number;
  promisesDay: boolean;
  /** Whom the message is for: the target, or their introducer (a follow-up, a check-back, thanks). */
  recipient: 'target' | 'introducer';
  /** The recipient's name, for the heading ('' when unknown). */
  recipientName: string;
  /** The recipient's e-mail, when known. */
  to?: string;
  /** The recipient's LinkedIn profile, when known (for "Open LinkedIn messaging"). */
  profileUrl?: string;
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
  const request = touches.find((t) => t.kind === 'introduction-request');
  // The introducer of an introduction request (linked, or by the name typed), else the referrer.
  const typed = request?.appNote?.code === 'introducer' ? request.appNote.params[0] : undefined;
  const introducerId = request?.introducerId ?? (typed ? undefined : person.referredById);
  const introducerPerson = introducerId ? await db.people.get(introducerId) : undefined;
  const introducerName = introducerPerson?.name ?? typed ?? person.referredByName;
  // Known from Connections.csv when the stored person has no e-mail of their own.
  const listed =
    introducerPerson?.profileUrl && !introducerPerson.email
      ? await connectionByUrl(db, introducerPerson.profileUrl)
      : undefined;
  const introducerEmail = introducerPerson?.email || listed?.email || undefined;
  return {
    person,
    settings,
    templates,
    approach: decideApproach(input, now),
    referrerName: input.referral?.nameAllowed ? input.referral.referrerName : undefined,
    introducer: introducerName
      ? {
          name: introducerName,
          personId: introducerPerson?.id,
          email: introducerEmail,
          profileUrl: introducerPerson?.profileUrl,
        }
      : undefined,
    ...(request?.subject ? { requestSubject: request.subject } : {}),
  };
}

/** The draft for the person's next action, or undefined when no message fits it. */
export function composeActionDraft(ctx: DraftContext, now: number, promisedAt?: number): ActionDraft | undefined {
  const { person, approach } = ctx;
  const action = person.nextAction;
  if (!action) return undefined;
  const moment = draftMomentFor(action, approach.kind);
  const template = moment ? defaultTemplate(ctx.templates, moment) : undefined;
  if (!moment || !template) return undefined;
  // Templates that greet the introducer ({{introducerFirstName}}) and name the target: the thanks, the check-back.
  const thanksIntroducer = moment === 'thank-introducer' || moment === 'check-back-introducer';
  const pageIntroducer =
    moment === 'introduction-request' || moment === 'introduction-blurb' ? approach.introducers[0] : undefined;
  const recipient = action.recipient === 'introducer' || thanksIntroducer || pageIntroducer ? 'introducer' : 'target';
  // A follow-up or check-back to the introducer greets them (the template's {{firstName}} is theirs).
  const toIntroducer = action.recipient === 'introducer' && !thanksIntroducer ? ctx.introducer : undefined;
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
    person: toIntroducer ? { name: toIntroducer.name, company: person.company, objective: person.objective } : person,
    snapshot: toIntroducer ? undefined : snapshotOfPerson(person),
    approach,
    introducer: thanked ?? pageIntroducer,
    referrerName: ctx.referrerName,
    settings: ctx.settings,
    now,
    ...(promisedAt !== undefined ? { promisedAt } : {}),
    blurb: ctx.templates.find((t) => t.moment === 'introduction-blurb'),
  });
  const to = recipient === 'introducer' ? ctx.introducer?.email : pageIntroducer ? undefined : person.email;
  const profileUrl =
    recipient === 'introducer' ? ctx.introducer?.profileUrl : pageIntroducer ? pageIntroducer.url : person.profileUrl;
  // A follow-up to the introducer replies to what was sent: its subject, or none (no subject the user never sent).
  const followsUp = moment === 'follow-up-1' || moment === 'follow-up-2';
  const subject =
    toIntroducer && followsUp ? (ctx.requestSubject ? `Re: ${ctx.requestSubject}` : '') : composed.subject;
  return {
    template,
    moment,
    recipient,
    recipientName:
      recipient === 'introducer' ? (ctx.introducer?.name ?? '') : pageIntroducer ? pageIntroducer.name : person.name,
    ...(profileUrl ? { profileUrl } : {}),
    subject,
    body: composed.body,
    missing: composed.missing,
    followUpAt: composed.followUpAt,
    promisesDay: composed.promisesDay,
    ...(to ? { to } : {}),
    ...(pageIntroducer ? { introducer: pageIntroducer } : {}),
  };
}
