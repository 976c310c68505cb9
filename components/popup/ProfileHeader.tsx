import type { Person, ProfileSnapshot } from '@/lib/domain/model';
import { nextActionLabel, STAGE_LABELS } from '@/lib/domain/labels';
import { DegreeLine } from '@/components/shared/DegreeLine';
import { plural, t } from '@/lib/domain/i18n';

interface Props {
  snapshot: ProfileSnapshot;
  person?: Person;
  onCorrect(): void;
}

/** Who this is and how you are connected (page text rendered as text). */
export function ProfileHeader({ snapshot, person, onCorrect }: Props) {
  const name = person?.name ?? snapshot.name ?? snapshot.publicId;
  const mutualNames = snapshot.mutuals.map((m) => m.name);
  const count = snapshot.mutualCount ?? mutualNames.length;
  return (
    <header className="stack">
      <h1>{name}</h1>
      {(person?.headline ?? snapshot.headline) && <p className="muted small">{person?.headline ?? snapshot.headline}</p>}
      <p className="row small">
        <DegreeLine snapshot={snapshot} person={person} onCorrect={onCorrect} />
        {count > 0 && (
          <span>
            {mutualNames.length > 0
              ? plural('popupMutualsNamed', count, [count, `${mutualNames.slice(0, 3).join(', ')}${count > 3 ? '…' : ''}`])
              : plural('popupMutuals', count)}
          </span>
        )}
      </p>
      <p className="small" data-testid="tracked-status">
        {person?.kind === 'target' ? (
          <>
            {person.nextAction
              ? t('popupTargetNext', [STAGE_LABELS[person.stage ?? 'to-contact'], nextActionLabel(person.nextAction.kind)])
              : t('popupTarget', STAGE_LABELS[person.stage ?? 'to-contact'])}
          </>
        ) : (
          <span className="muted">{t('popupNotTarget')}</span>
        )}
      </p>
    </header>
  );
}
