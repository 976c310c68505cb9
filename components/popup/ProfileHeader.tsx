import type { Person, ProfileSnapshot } from '../../lib/model';
import { nextActionLabel, STAGE_LABELS } from '../../lib/outreach/labels';
import { DEGREE_LABELS } from '../labels';

/** Who this is and how you are connected (page text rendered as text). */
export function ProfileHeader({ snapshot, person }: { snapshot: ProfileSnapshot; person?: Person }) {
  const name = person?.name ?? snapshot.name ?? snapshot.publicId;
  const mutualNames = snapshot.mutuals.map((m) => m.name);
  const count = snapshot.mutualCount ?? mutualNames.length;
  return (
    <header className="stack">
      <h1>{name}</h1>
      {(person?.headline ?? snapshot.headline) && <p className="muted small">{person?.headline ?? snapshot.headline}</p>}
      <p className="row small">
        <span className="pill" data-testid="degree">
          {DEGREE_LABELS[snapshot.degree]}
        </span>
        {count > 0 && (
          <span>
            {count} mutual {count === 1 ? 'connection' : 'connections'}
            {mutualNames.length > 0 && `: ${mutualNames.slice(0, 3).join(', ')}${count > 3 ? '…' : ''}`}
          </span>
        )}
      </p>
      <p className="small" data-testid="tracked-status">
        {person?.kind === 'target' ? (
          <>
            Target · {person.stage ? STAGE_LABELS[person.stage] : 'To contact'}
            {person.nextAction && <> — next: {nextActionLabel(person.nextAction.kind)}</>}
          </>
        ) : (
          <span className="muted">Not a target yet</span>
        )}
      </p>
    </header>
  );
}
