import type { ProfileStatus } from '@/lib/domain/protocol/protocol';
import type { ProfileSnapshot } from '@/lib/domain/model/snapshot';
import type { BadgeView } from './view';
import { t } from '@/lib/domain/i18n';

/** What the background says about a profile, as the badge shows it. */
export function statusToBadgeView(status: ProfileStatus, snapshot: ProfileSnapshot, now: number): BadgeView {
  const action = status.nextAction;
  return {
    state: 'ready',
    degree: status.degree,
    degreeText: status.words.degree,
    mutualCount: snapshot.mutualCount,
    // As LinkedIn shows them: SDUI lines already give first names ("Gian Luca", "Sahar サハル"); never split.
    mutualFirstNames: snapshot.mutuals.map((m) => m.name),
    approachLabel: status.approach.kind === 'none' ? undefined : status.approach.label,
    tracked: status.tracked
      ? {
          stageLabel: status.words.stage ?? '',
          nextActionLabel: status.words.nextAction,
          nextActionDue: status.words.due,
          overdue: action ? action.due < now : false,
        }
      : undefined,
    // Signed out, "could not read" (no card of this person) and "LinkedIn shows no degree here" differ.
    message:
      snapshot.pageKind === 'authwall'
        ? t('badgeSignedOut')
        : status.degree !== 'unknown'
          ? undefined
          : snapshot.name
            ? t('badgeDegreeHidden')
            : t('badgeReadError'),
    canCorrect: snapshot.pageKind === 'profile' && status.degree === 'unknown',
  };
}
