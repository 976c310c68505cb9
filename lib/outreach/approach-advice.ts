/** The advice for each kind of approach, in the method's plain words (see approach.ts). */
import type { Approach, IntroducerOption } from './approach-types';
import { DIRECT_ASK_MINUTES } from './approach-types';

/** An approach before its introducers and minutes are attached. */
export type Draft = Omit<Approach, 'introducers' | 'minutes'>;

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function directAsk(who: string): Draft {
  return {
    kind: 'direct-ask',
    templateMoment: 'direct-ask',
    channel: 'linkedin',
    reasons: [
      `You are 1st-degree connections: ask ${who} directly.`,
      `Keep it short and casual: about ${DIRECT_ASK_MINUTES} minutes on the phone, and say plainly you are not asking for a job.`,
    ],
    warnings: [],
  };
}

export function coldEmail(opening: string, who: string, minutes: number): Draft {
  return {
    kind: 'cold-email',
    templateMoment: 'cold-email',
    channel: 'email',
    reasons: [
      opening,
      'A cold email is the least favourable route, so make it a professional, well-researched pitch, and proof-read it.',
      `Say who you are and why ${who} in particular, ask for about ${minutes} minutes, and say the day you will follow up — then follow up exactly then.`,
    ],
    warnings: [],
  };
}

export function introductionRequest(top: IntroducerOption | undefined, mutualCount: number): Draft {
  const reasons = ['You are 2nd-degree connections: ask a mutual contact to introduce you.'];
  const warnings: string[] = [];
  if (top) {
    reasons.push(
      `Ask ${top.name} first. ${top.why}`,
      `Ask ${top.firstName} to forward a short blurb about you, or for permission to use their name.`,
    );
  } else {
    reasons.push(
      `LinkedIn shows ${plural(mutualCount, 'mutual connection', 'mutual connections')} but not their names.`,
    );
    warnings.push('Open the mutual connections list on LinkedIn and pick who to ask: Inroads cannot see who they are.');
  }
  reasons.push('Requests that name a mutual contact are far more often answered.');
  return {
    kind: 'introduction-request',
    templateMoment: 'introduction-request',
    channel: 'linkedin',
    reasons,
    warnings,
  };
}

export function referredPitch(referrer: string, who: string): Draft {
  return {
    kind: 'referred-cold-email',
    templateMoment: 'referred-pitch',
    channel: 'email',
    reasons: [
      `${referrer} referred you to ${who}: name ${referrer} in your pitch — a referral is the warm form of the cold email.`,
      'State the day you will call, and call exactly then.',
    ],
    warnings: [],
  };
}
