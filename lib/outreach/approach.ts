/**
 * The approach rules: how to reach this person, by the method in DESIGN.md.
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
 *  - 3rd degree, out of network, or 2nd with no usable mutual → a cold email.
 *  - Unknown degree → a cold email, with a warning.
 *  - Own profile, sign-in wall, not a profile → nothing to do ('none').
 */
import type { ProfileSnapshot } from '../model';
import { rankIntroducers } from './approach-introducers';
import { coldEmail, directAsk, introductionRequest, referredPitch, type Draft } from './approach-advice';
import type { Approach, ApproachInput, IntroducerOption, Referral } from './approach-types';
import { DIRECT_ASK_MINUTES } from './approach-types';
import { firstNameOf, tidyName } from './render-names';

/** The advice from the degree and mutual connections alone (no referral). */
function byDegree(s: ProfileSnapshot, who: string, introducers: IntroducerOption[], minutes: number): Draft {
  const top = introducers[0];
  const mutualCount = s.mutualCount ?? 0;
  switch (s.degree) {
    case '1st':
      return directAsk(who);
    case '2nd':
      if (top || mutualCount > 0) return introductionRequest(top, mutualCount);
      return coldEmail(
        'You are 2nd-degree connections, but LinkedIn shows no mutual contact you could ask to introduce you.',
        who,
        minutes,
      );
    case '3rd':
      return coldEmail(`You are 3rd-degree connections: no one you know links you to ${who} directly.`, who, minutes);
    case 'out-of-network':
      return coldEmail(`${who} is outside your LinkedIn network.`, who, minutes);
    default: {
      const draft = coldEmail(
        'LinkedIn did not show how you are connected, so plan for the least favourable case.',
        who,
        minutes,
      );
      draft.warnings.push('LinkedIn did not show the degree of connection; treat this as a cold approach.');
      return draft;
    }
  }
}

function withReferral(draft: Draft, s: ProfileSnapshot, referral: Referral, who: string): Draft {
  const referrer = tidyName(referral.referrerName) || 'Your referrer';
  const allowed = referral.nameAllowed && tidyName(referral.referrerName) !== '';
  if (s.degree === '1st') {
    draft.reasons.push(
      allowed
        ? `${referrer} also suggested you talk to ${who}; you may mention it, but ask directly — someone who knows you answers a direct ask more warmly than a referred pitch.`
        : `${referrer} suggested you talk to ${who} but asked you not to use their name, so do not mention them.`,
    );
    return draft;
  }
  if (allowed) {
    const pitch = referredPitch(referrer, who);
    if (draft.kind === 'introduction-request') {
      pitch.reasons.push('You also share mutual connections, but a referral from someone you have met is warmer.');
    }
    if (s.degree === 'unknown') {
      pitch.warnings.push(
        'LinkedIn did not show the degree of connection; if you already know each other, ask directly instead.',
      );
    }
    return pitch;
  }
  if (!tidyName(referral.referrerName)) {
    draft.reasons.unshift(
      'No name is recorded for whoever referred you, so this cannot be a referred pitch yet: add their name.',
    );
    return draft;
  }
  draft.reasons.unshift(
    `${referrer} referred you but asked you not to use their name, so this cannot be a referred pitch.`,
  );
  draft.warnings.unshift(`Do not mention ${referrer} in your message.`);
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
    return nothingToDo(
      'LinkedIn is showing its sign-in wall, so the connection degree and mutual contacts are hidden.',
      minutes,
      ['Sign in to LinkedIn and reload the profile to get advice.'],
    );
  }
  if (s.pageKind === 'not-profile')
    return nothingToDo('This page is not a person’s profile: there is no one to approach here.', minutes);
  if (s.pageKind === 'self' || s.degree === 'self') return nothingToDo('This is your own profile.', minutes);

  const name = tidyName(s.name);
  const who = firstNameOf(name) || 'this person';
  const introducers = rankIntroducers(s.mutuals, input.knownMutuals);
  let draft = byDegree(s, who, introducers, minutes);
  if (input.referral) draft = withReferral(draft, s, input.referral, who);

  const top = introducers[0];
  if (
    draft.kind === 'cold-email' &&
    top &&
    (s.degree === '3rd' || s.degree === 'out-of-network' || s.degree === 'unknown')
  ) {
    draft.reasons.push(
      `${top.name} is listed as a mutual connection: if they know ${who}, an introduction would be warmer than a cold email.`,
    );
  }
  if (!name) draft.warnings.push('The name could not be read from the page; check it before sending anything.');
  return { ...draft, introducers, minutes: draft.kind === 'direct-ask' ? DIRECT_ASK_MINUTES : minutes };
}
