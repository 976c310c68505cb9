import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getDb } from '../../lib/db';
import { deletePerson } from '../../lib/db/person-edit';
import { addTarget } from '../../lib/db/targets';
import type { Person } from '../../lib/model';
import { nextActionLabel } from '../../lib/outreach/labels';
import { formatDateTime } from '../labels';
import { LogTouchForm } from './LogTouchForm';
import { PersonDetailsForm } from './PersonDetailsForm';
import { PersonHeader } from './PersonHeader';
import { ScheduleMeetingForm } from './ScheduleMeetingForm';
import { StageObjectiveForm } from './StageObjectiveForm';
import { Timeline } from './Timeline';
import { navigate, routeHref } from './use-route';

function NextActionCard({ person }: { person: Person }) {
  const action = person.nextAction;
  if (person.kind !== 'target') {
    return (
      <div className="card">
        <p>Not a target yet: Inroads only remembers that you viewed this profile.</p>
        <button
          type="button"
          className="primary"
          onClick={() => void addTarget(getDb(), { personId: person.id }, Date.now())}
        >
          Add as target
        </button>
      </div>
    );
  }
  if (!action) return <p className="card muted">Nothing is owed to {person.name} right now.</p>;
  return (
    <div className="card" data-testid="next-action">
      <p>
        <strong>Next: {nextActionLabel(action.kind)}</strong>{' '}
        <span className="pill">due {formatDateTime(action.due)}</span>
      </p>
      <p className="small muted">{action.reason}</p>
    </div>
  );
}

/** One person: details, stage and objective, what is owed, what happened, and what to log. */
export function PersonView({ personId }: { personId: string }) {
  const db = getDb();
  const person = useLiveQuery(async () => (await db.people.get(personId)) ?? null, [db, personId]);
  const [status, setStatus] = useState('');
  if (person === undefined) return <p aria-busy="true">Loading…</p>;
  if (person === null) {
    return (
      <div className="card">
        <h1>Person not found</h1>
        <p>This person is no longer in Inroads — they may have been deleted.</p>
        <p>
          <a href={routeHref({ view: 'follow-ups' })}>Back to Follow-ups</a>
        </p>
      </div>
    );
  }
  const remove = async () => {
    const ok = window.confirm(
      `Delete ${person.name} from Inroads? Their touches and meetings are deleted too. People they referred stay, with a note that ${person.name} referred them. This cannot be undone (except from a backup).`,
    );
    if (!ok) return;
    try {
      await deletePerson(db, person.id);
      navigate({ view: 'follow-ups' });
    } catch (e) {
      setStatus(`Not deleted: ${(e as Error).message}`);
    }
  };
  return (
    <>
      <PersonHeader person={person} />
      <p className="small ok" role="status" aria-live="polite">
        {status}
      </p>
      <NextActionCard person={person} />
      <section aria-labelledby="person-log">
        <h2 id="person-log">Log what happened</h2>
        <LogTouchForm person={person} onStatus={setStatus} />
        <ScheduleMeetingForm person={person} onStatus={setStatus} />
      </section>
      <Timeline personId={person.id} onStatus={setStatus} />
      <section aria-labelledby="person-details">
        <h2 id="person-details">Details</h2>
        <StageObjectiveForm person={person} onStatus={setStatus} />
        <PersonDetailsForm key={person.id} person={person} onStatus={setStatus} />
      </section>
      <p>
        <button type="button" className="danger" onClick={remove}>
          Delete person
        </button>
      </p>
    </>
  );
}
