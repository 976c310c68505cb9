/**
 * The approach rules: how to reach this person, by the method in docs/method.md.
 *
 *  - 1st degree → a direct ask (LinkedIn message, about 15 minutes).
 *    A referral does not change this: a direct ask to someone who knows you
 *    is warmer than a referred pitch, so it is only mentioned.
 *  - A referral whose name may be used (any other degree) → a referred cold
 *    email naming the referrer. If the name may not be used, the pitch must
 *    not mention them: the advice falls back to what the degree alone gives
 *    (an introduction request when there is a usable mutual, else a cold email).
 *  - 2nd degree with a usable mutual (named on the page or known in the
 *    database) → an introduction request to the top-ranked introducer;
 *    with only a mutual count → still an introduction request, but the user
 *    must pick the introducer from LinkedIn's list.
 *  - A colleague of theirs the user knows (a 1st-degree connection or someone
 *    met, at the same company) with no usable mutual → an introduction request
 *    to that colleague: the warmest path before a cold request (a referral
 *    whose name may be used still wins; a known mutual the page lists ranks first).
 *  - 3rd degree, out of network, or 2nd with no usable mutual → a cold email.
 *  - Unknown degree → a cold email, with a warning.
 *  - Own profile, sign-in wall, not a profile → nothing to do ('none').
 */
import type { ProfileSnapshot } from '@/lib/domain/model';
import { t } from '@/lib/domain/i18n';
import { rankIntroducers } from './introducers';
import { coldEmail, colleagueIntroduction, directAsk, introductionRequest, referredPitch, type Draft } from './advice';
import type { Approach, ApproachInput, IntroducerOption, Referral } from './types';
import { DIRECT_ASK_MINUTES } from './types';
import { firstNameOf, tidyName } from '@/lib/domain/templates/render/names';

/** The advice from the degree and mutual connections alone (no referral). */
function byDegree(s: ProfileSnapshot, who: string, introducers: IntroducerOption[], minutes: number): Draft {
  const top = introducers[0];
  const mutualCount = s.mutualCount ?? 0;
  switch (s.degree) {
    case '1st':
      return directAsk(who);
    case '2nd':
      if (top || mutualCount > 0) return introductionRequest(top, mutualCount);
      return coldEmail(t('approachReason2ndNoMutual'), who, minutes);
    case '3rd':
      return coldEmail(t('approachReason3rd', who), who, minutes);
    case 'out-of-network':
      return coldEmail(t('approachReasonOutOfNetwork', who), who, minutes);
    default: {
      const draft = coldEmail(t('approachReasonDegreeUnknown'), who, minutes);
      draft.warnings.push(t('approachWarnDegreeUnknown'));
      return draft;
    }
  }
}

function withReferral(draft: Draft, s: ProfileSnapshot, referral: Referral, who: string): Draft {
  const referrer = tidyName(referral.referrerName) || t('approachReferrerFallback');
  const allowed = referral.nameAllowed && tidyName(referral.referrerName) !== '';
  if (s.degree === '1st') {
    draft.reasons.push(
      allowed
        ? t('approachReason1stReferredNamed', [referrer, who])
        : t('approachReason1stReferredUnnamed', [referrer, who]),
    );
    return draft;
  }
  if (allowed) {
    const pitch = referredPitch(referrer, who);
    if (draft.kind === 'introduction-request') {
      pitch.reasons.push(t('approachReasonReferralWarmer'));
    }
    if (s.degree === 'unknown') {
      pitch.warnings.push(t('approachWarnReferredDegreeUnknown'));
    }
    return pitch;
  }
  if (!tidyName(referral.referrerName)) {
    draft.reasons.unshift(t('approachReasonReferrerNoName'));
    return draft;
  }
  draft.reasons.unshift(t('approachReasonReferrerUnnamed', referrer));
  draft.warnings.unshift(t('approachWarnDoNotMention', referrer));
  return draft;
}

function nothingToDo(reason: string, minutes: number, warnings: string[] = []): Approach {
  return { kind: 'none', channel: 'none', reasons: [reason], warnings, introducers: [], minutes };
}

/** How to approach the person on this profile, with reasons in plain words. */
export function decideApproach(input: ApproachInput, _now: number): Approach {
  const { snapshot: s, settings } = input;
  const minutes = settings.minutes;
  if (s.pageKind === 'authwall') {
    return nothingToDo(t('approachReasonAuthwall'), minutes, [t('approachWarnSignIn')]);
  }
  if (s.pageKind === 'not-profile') return nothingToDo(t('approachReasonNotProfile'), minutes);
  if (s.pageKind === 'self' || s.degree === 'self') return nothingToDo(t('approachReasonSelf'), minutes);

  const name = tidyName(s.name);
  const who = firstNameOf(name) || t('approachWhoFallback');
  const introducers = rankIntroducers(s.mutuals, input.knownMutuals, input.chosen, input.colleagues, who);
  let draft = byDegree(s, who, introducers, minutes);
  const top = introducers[0];
  // An introducer the user chose: they want an introduction, whatever the page lists (not to someone they know).
  if (top?.tier === 'chosen' && s.degree !== '1st' && draft.kind !== 'introduction-request') {
    draft = introductionRequest(top, s.mutualCount ?? 0);
    draft.reasons.unshift(t('approachReasonIntroChosen', top.name));
  }
  // Someone the user knows works with them, and no known mutual ranks higher: the warm path before a cold request.
  const colleagueFirst = top?.colleagueAt && (top.tier === 'colleague' || draft.kind === 'cold-email');
  if (top?.colleagueAt && colleagueFirst && top.tier !== 'listed' && top.tier !== 'chosen' && s.degree !== '1st') {
    draft = colleagueIntroduction({ ...top, colleagueAt: top.colleagueAt }, who);
    if (s.degree === 'unknown') draft.warnings.push(t('approachWarnDegreeUnknown'));
  }
  if (input.referral) draft = withReferral(draft, s, input.referral, who);

  if (
    draft.kind === 'cold-email' &&
    top &&
    (s.degree === '3rd' || s.degree === 'out-of-network' || s.degree === 'unknown')
  ) {
    draft.reasons.push(t('approachReasonMutualMightIntroduce', [top.name, who]));
  }
  if (!name) draft.warnings.push(t('approachWarnNameUnread'));
  return { ...draft, introducers, minutes: draft.kind === 'direct-ask' ? DIRECT_ASK_MINUTES : minutes };
}
