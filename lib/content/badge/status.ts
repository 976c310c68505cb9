import type { ProfileStatus } from '@/lib/domain/protocol/protocol';
import type { ProfileSnapshot } from '@/lib/domain/model/snapshot';
import type { BadgeView } from './view';
import { nextActionLabel, STAGE_LABELS } from '@/lib/domain/labels';
import { t } from '@/lib/domain/i18n';

/** What the background says about a profile, as the badge shows it. */
export function statusToBadgeView(status: ProfileStatus, snapshot: ProfileSnapshot, now: number): BadgeView {
  const action = status.nextAction;
  return {
    state: 'ready',
    degree: status.degree,
    mutualCount: snapshot.mutualCount,
    // As LinkedIn shows them: SDUI lines already give first names ("Gian Luca", "Sahar サハル"); never split.
    mutualFirstNames: snapshot.mutuals.map((m) => m.name),
    approachLabel: status.approach.kind === 'none' ? undefined : status.approach.label,
    tracked: status.tracked
      ? {
          stageLabel: STAGE_LABELS[status.stage ?? 'to-contact'],
          nextActionLabel: action ? nextActionLabel(action.kind) : undefined,
          nextActionDue: action ? status.nextActionDueLabel : undefined,
          overdue: action ? action.due < now : false,
        }
      : undefined,
    // "Could not read" (no card of this person) differs from "LinkedIn shows no degree here".
    message: status.degree !== 'unknown' ? undefined : snapshot.name ? t('badgeDegreeHidden') : t('badgeReadError'),
  };
}
