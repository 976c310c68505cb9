import { lazy, memo, Suspense, useState } from 'react';
import type { FollowUpSection } from '@/lib/store/history/follow-ups';
import type { Person } from '@/lib/domain/model';
import { draftMomentFor } from '@/lib/domain/cadence/action-touch';
import { nextActionLabel, reasonText } from '@/lib/domain/labels';
import type { SnoozeDates } from '@/lib/domain/cadence/snooze';
import { formatDateTime, formatDay } from '@/components/shared/labels';
import { FollowUpDone } from './FollowUpDone';
import { SnoozeMenu } from './SnoozeMenu';
import { routeHref } from '@/components/sidepanel/use-route';
import { t } from '@/lib/domain/i18n';

// Opened on request: drafting and recording a touch stay out of the list's first paint.
const DraftPanel = lazy(() => import('./DraftPanel').then((m) => ({ default: m.DraftPanel })));

interface Props {
  person: Person;
  section: FollowUpSection;
  snooze: SnoozeDates;
  followUpDays: number;
  onStatus(message: string): void;
}

function DueLabel({ due, section }: { due: number; section: FollowUpSection }) {
  if (section === 'overdue') return <span className="pill overdue">{t('followUpsOverdueWasDue', formatDay(due))}</span>;
  if (section === 'today') return <span className="pill">{t('followUpsDueToday', formatDateTime(due))}</span>;
  if (section === 'waiting') return <span className="pill">{t('followUpsWaitingFollowUp', formatDay(due))}</span>;
  return <span className="pill">{t('followUpsDue', formatDay(due))}</span>;
}

/** One thing owed: who, what, why, when, and the buttons to act on it. */
export const FollowUpRow = memo(function FollowUpRow({ person, section, snooze, followUpDays, onStatus }: Props) {
  const [drafting, setDrafting] = useState(false);
  const action = person.nextAction;
  if (!action) return null;
  const draftable = draftMomentFor(action, 'cold-email') !== undefined;
  const label = nextActionLabel(action.kind);
  return (
    <li className="card stack follow-up-row" data-testid="follow-up-row" data-section={section}>
      <div className="spread">
        <strong>
          <a href={routeHref({ view: 'person', personId: person.id })}>{person.name}</a>
        </strong>
        <DueLabel due={action.due} section={section} />
      </div>
      <p>
        <strong>{label}</strong>
        <span className="visually-hidden"> {t('followUpsWhy')} </span>
        <span className="muted small"> {reasonText(action.reason)}</span>
      </p>
      <div className="row">
        {draftable && (
          <button
            type="button"
            className="primary"
            aria-expanded={drafting}
            onClick={() => setDrafting((open) => !open)}
          >
            {drafting ? t('followUpsCloseDraft') : t('followUpsDraft')}
          </button>
        )}
        <FollowUpDone person={person} action={action} onStatus={onStatus} />
        <SnoozeMenu person={person} dates={snooze} followUpDays={followUpDays} onStatus={onStatus} />
      </div>
      {drafting && (
        <Suspense fallback={<p aria-busy="true">{t('commonLoading')}</p>}>
          <DraftPanel
            personId={person.id}
            onSent={(message) => {
              setDrafting(false);
              onStatus(message);
            }}
          />
        </Suspense>
      )}
    </li>
  );
});
