import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getDb } from '@/lib/store';
import { addTarget } from '@/lib/store/use-cases/add-target';
import type { Person } from '@/lib/domain/model';
import { nextActionLabel, reasonText } from '@/lib/domain/labels';
import { formatDateTime } from '@/components/shared/labels';
import { LogTouchForm } from './LogTouchForm';
import { PersonDetailsForm } from './PersonDetailsForm';
import { PersonHeader } from './PersonHeader';
import { ScheduleMeetingForm } from './ScheduleMeetingForm';
import { StageObjectiveForm } from './StageObjectiveForm';
import { ObjectiveListSelect } from './ObjectiveListSelect';
import { Timeline } from './Timeline';
import { NoteVersions } from '@/components/sidepanel/NoteVersions';
import { deletePerson, updatePerson } from '@/lib/store/people/person-edit';
import { navigate, routeHref } from '@/components/sidepanel/use-route';
import { t } from '@/lib/domain/i18n';
import { useAction } from '@/components/shared/use-action';

function NextActionCard({ person, onStatus }: { person: Person; onStatus(message: string): void }) {
  const action = person.nextAction;
  const add = useAction(() => addTarget(getDb(), { personId: person.id }, Date.now()), {
    failure: 'commonNotSaved',
    onError: onStatus,
  });
  if (person.kind !== 'target') {
    return (
      <div className="card">
        <p>{t('personNotTargetHint')}</p>
        <button type="button" className="primary" disabled={add.busy} onClick={() => void add.run()}>
          {t('personAddTarget')}
        </button>
      </div>
    );
  }
  if (!action) return <p className="card muted">{t('personNothingOwed', person.name)}</p>;
  return (
    <div className="card" data-testid="next-action">
      <p>
        <strong>{t('personNext', nextActionLabel(action.kind))}</strong>{' '}
        <span className="pill">{t('personDue', formatDateTime(action.due))}</span>
      </p>
      <p className="small muted">{reasonText(action.reason)}</p>
    </div>
  );
}

/** One person: details, stage and objective, what is owed, what happened, and what to log. */
export function PersonView({ personId }: { personId: string }) {
  const db = getDb();
  const person = useLiveQuery(async () => (await db.people.get(personId)) ?? null, [db, personId]);
  const [status, setStatus] = useState('');
  const remove = useAction((target: Person) => deletePerson(db, target.id), {
    failure: 'commonNotDeleted',
    onError: setStatus,
    onDone: () => navigate({ view: 'follow-ups' }),
  });
  if (person === undefined) return <p aria-busy="true">{t('commonLoading')}</p>;
  if (person === null) {
    return (
      <div className="card">
        <h1>{t('personNotFound')}</h1>
        <p>{t('personGone')}</p>
        <p>
          <a href={routeHref({ view: 'follow-ups' })}>{t('personBackToFollowUps')}</a>
        </p>
      </div>
    );
  }
  return (
    <>
      <PersonHeader person={person} onStatus={setStatus} />
      <p className="small ok" role="status" aria-live="polite">
        {status}
      </p>
      <NextActionCard person={person} onStatus={setStatus} />
      <section aria-labelledby="person-log">
        <h2 id="person-log">{t('personLogTitle')}</h2>
        <LogTouchForm person={person} onStatus={setStatus} />
        <ScheduleMeetingForm person={person} onStatus={setStatus} />
      </section>
      <Timeline personId={person.id} onStatus={setStatus} />
      <section aria-labelledby="person-details">
        <h2 id="person-details">{t('personDetailsTitle')}</h2>
        <StageObjectiveForm person={person} onStatus={setStatus} />
        <ObjectiveListSelect person={person} onStatus={setStatus} />
        <PersonDetailsForm key={person.id} person={person} onStatus={setStatus} />
        <NoteVersions table="people" id={person.id} notes={person.notes} save={(notes) => updatePerson(db, person.id, { notes }, Date.now(), { notes: person.notes })} />
      </section>
      <p>
        <button type="button" className="danger" disabled={remove.busy} onClick={() => window.confirm(t('personDeleteConfirm', person.name)) && void remove.run(person)}>
          {t('personDelete')}
        </button>
      </p>
    </>
  );
}
