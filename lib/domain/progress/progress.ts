/**
 * Progress that keeps a job seeker going, from their own history: how many
 * people are on the list against the method's "start with about five",
 * requests sent in the last seven days, the reply rate by route (a direct
 * ask, an introduction, a cold request, a referral: the method's claim that
 * warm routes get more answers, in the user's own numbers), meetings held and
 * referrals gained. Pure.
 */
import type { Meeting, Person, Stage, Touch } from '@/lib/domain/model';

export const ROUTES = ['direct', 'introduction', 'referred', 'cold'] as const;
export type OutreachRoute = (typeof ROUTES)[number];

export interface RouteStats {
  /** People asked this way. */
  asked: number;
  /** Of them, people who answered (a reply, a no, a meeting). */
  replied: number;
}

export interface Progress {
  targets: number;
  goal?: number;
  requestsLastWeek: number;
  routes: Record<OutreachRoute, RouteStats>;
  meetingsHeld: number;
  meetingsAhead: number;
  /** People referred to the user in meetings. */
  referralsGained: number;
  /** Introductions the user asked for. */
  introductions: number;
}

const DAY = 86_400_000;
const ASKS: readonly Touch['kind'][] = ['request', 'introduction-request'];
const ANSWERS: readonly Touch['kind'][] = ['reply', 'declined'];
const ANSWERED_STAGES: readonly (Stage | undefined)[] = ['scheduled', 'met', 'keep-in-touch', 'declined'];

/** How the user first asked this person, or undefined when they never did. */
export function routeOf(person: Pick<Person, 'degree' | 'connectedOn' | 'referredById' | 'referredByName'>, touches: readonly Touch[]): OutreachRoute | undefined {
  const first = touches.filter((t) => ASKS.includes(t.kind)).sort((a, b) => a.at - b.at)[0];
  if (!first) return undefined;
  if (person.referredById || person.referredByName?.trim()) return 'referred';
  if (first.kind === 'introduction-request') return 'introduction';
  return person.degree === '1st' || person.connectedOn !== undefined ? 'direct' : 'cold';
}

export function progressOf(input: {
  people: readonly Person[];
  touches: readonly Touch[];
  meetings: readonly Meeting[];
  now: number;
  goal?: number;
}): Progress {
  const { people, now } = input;
  const touchesOf = new Map<string, Touch[]>();
  for (const touch of input.touches) touchesOf.set(touch.personId, [...(touchesOf.get(touch.personId) ?? []), touch]);
  const meetingsOf = new Map<string, Meeting[]>();
  for (const meeting of input.meetings) meetingsOf.set(meeting.personId, [...(meetingsOf.get(meeting.personId) ?? []), meeting]);
  const routes = Object.fromEntries(ROUTES.map((r) => [r, { asked: 0, replied: 0 }])) as Record<OutreachRoute, RouteStats>;
  const progress: Progress = {
    targets: people.filter((p) => p.kind === 'target').length,
    ...(input.goal !== undefined ? { goal: input.goal } : {}),
    requestsLastWeek: 0,
    routes,
    meetingsHeld: 0,
    meetingsAhead: 0,
    referralsGained: 0,
    introductions: 0,
  };
  for (const person of people) {
    const touches = touchesOf.get(person.id) ?? [];
    const meetings = meetingsOf.get(person.id) ?? [];
    for (const touch of touches) {
      if (ASKS.includes(touch.kind) && touch.at > now - 7 * DAY && touch.at <= now) progress.requestsLastWeek += 1;
      if (touch.kind === 'introduction-request') progress.introductions += 1;
    }
    for (const meeting of meetings) {
      if (meeting.status === 'done') progress.meetingsHeld += 1;
      if (meeting.status === 'scheduled' && meeting.at >= now) progress.meetingsAhead += 1;
      if (meeting.status === 'done') progress.referralsGained += meeting.referrals.length;
    }
    const route = routeOf(person, touches);
    if (!route) continue;
    routes[route].asked += 1;
    const answered =
      touches.some((t) => ANSWERS.includes(t.kind)) ||
      meetings.some((m) => m.status !== 'cancelled') ||
      ANSWERED_STAGES.includes(person.stage);
    if (answered) routes[route].replied += 1;
  }
  return progress;
}
