/** The advice for each kind of approach, in the method's plain words (see approach.ts). */
import { plural, t } from '@/lib/domain/i18n';
import type { Approach, IntroducerOption } from './types';
import { DIRECT_ASK_MINUTES } from './types';

/** An approach before its introducers and minutes are attached. */
export type Draft = Omit<Approach, 'introducers' | 'minutes'>;

export function directAsk(who: string): Draft {
  return {
    kind: 'direct-ask',
    templateMoment: 'direct-ask',
    channel: 'linkedin',
    reasons: [t('approachReasonDirect', who), t('approachReasonDirectShort', DIRECT_ASK_MINUTES)],
    warnings: [],
  };
}

export function coldEmail(opening: string, who: string, minutes: number): Draft {
  return {
    kind: 'cold-email',
    templateMoment: 'cold-email',
    channel: 'email',
    reasons: [opening, t('approachReasonColdLeast'), t('approachReasonColdHow', [who, minutes])],
    warnings: [],
  };
}

export function introductionRequest(top: IntroducerOption | undefined, mutualCount: number): Draft {
  const reasons = [t('approachReasonIntro')];
  const warnings: string[] = [];
  if (top) {
    reasons.push(t('approachReasonIntroAskFirst', [top.name, top.why]), t('approachReasonIntroForward', top.firstName));
  } else {
    reasons.push(plural('approachReasonIntroCount', mutualCount));
    warnings.push(t('approachWarnPickIntroducer'));
  }
  reasons.push(t('approachReasonIntroNamed'));
  return {
    kind: 'introduction-request',
    templateMoment: 'introduction-request',
    channel: 'linkedin',
    reasons,
    warnings,
  };
}

/** An introduction by someone the user knows at the person's company (a warm path the page does not list). */
export function colleagueIntroduction(top: IntroducerOption & { colleagueAt: string }, who: string): Draft {
  return {
    kind: 'introduction-request',
    templateMoment: 'introduction-request',
    channel: 'linkedin',
    reasons: [
      t('approachReasonColleague', [top.name, top.colleagueAt, who]),
      t('approachReasonIntroForward', top.firstName),
      t('approachReasonIntroNamed'),
    ],
    warnings: [],
  };
}

export function referredPitch(referrer: string, who: string): Draft {
  return {
    kind: 'referred-cold-email',
    templateMoment: 'referred-pitch',
    channel: 'email',
    reasons: [t('approachReasonReferred', [referrer, who]), t('approachReasonCallDay')],
    warnings: [],
  };
}
