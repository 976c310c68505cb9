/**
 * What the page badge shows, and the pure wording of each line.
 * No DOM here: badge.ts puts these strings on the page with textContent only.
 */
import { plural, t } from '@/lib/domain/i18n';

export type BadgeDegree = '1st' | '2nd' | '3rd' | 'out-of-network' | 'self' | 'unknown';

export interface BadgeTracked {
  /** The stage alone, e.g. 'Requested' (the badge adds "Target · "). */
  stageLabel: string;
  /** e.g. 'follow up'. */
  nextActionLabel?: string;
  /** Already formatted by the caller, e.g. 'Tue 3 Dec'. */
  nextActionDue?: string;
  overdue?: boolean;
}

export interface BadgeView {
  state: 'loading' | 'ready' | 'error';
  degree: BadgeDegree;
  /** The degree in words ("2nd degree"), from the background. */
  degreeText?: string;
  mutualCount?: number;
  /** First names as LinkedIn shows them, e.g. ['Laetitia', 'Clément']. */
  mutualFirstNames: string[];
  /** e.g. 'Introduction request via Laetitia'. */
  approachLabel?: string;
  /** Absent: the person is not tracked yet. */
  tracked?: BadgeTracked;
  /** An error, or a hint such as 'Unknown degree'. */
  message?: string;
  /** The degree is unknown on a profile the user can correct: the button offers to set it. */
  canCorrect?: boolean;
}

/** How many first names the badge lists before "+N" (it is 240px wide). */
const NAMES_SHOWN = 2;



/** "5 mutual: Laetitia, Clément +3"; null when nothing is known about mutuals. */
export function mutualsText(count: number | undefined, firstNames: readonly string[]): string | null {
  const names = firstNames.map((name) => name.trim()).filter((name) => name !== '');
  if (count === undefined && names.length === 0) return null;
  const total = Math.max(count ?? 0, names.length);
  if (total === 0) return t('badgeNoMutuals');
  const shown = names.slice(0, NAMES_SHOWN);
  if (shown.length === 0) return plural('badgeMutuals', total);
  const rest = total - shown.length;
  const listed = rest > 0 ? t('badgeNamesAndMore', [shown.join(', '), rest]) : shown.join(', ');
  return plural('badgeMutualsNamed', total, [total, listed]);
}

/** "Target · Requested — follow up Tue 3 Dec · overdue", or "Not tracked yet". */
export function trackedText(tracked: BadgeTracked | undefined): string {
  if (!tracked) return t('badgeNotTracked');
  const { stageLabel: stage, nextActionLabel: next, nextActionDue: due } = tracked;
  const text = !next
    ? t('badgeTarget', stage)
    : due
      ? t('badgeTargetNextDue', [stage, next, due])
      : t('badgeTargetNext', [stage, next]);
  return tracked.overdue ? t('badgeOverdue', text) : text;
}

/** The line under the title while loading or after an error. */
export function messageText(view: BadgeView): string | null {
  if (view.message) return view.message;
  if (view.state === 'loading') return t('badgeReading');
  if (view.state === 'error') return t('badgeReadError');
  return null;
}
