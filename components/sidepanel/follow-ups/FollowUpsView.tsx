import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState } from 'react';
import { getDb } from '@/lib/store';
import {
  FOLLOW_UP_SECTIONS,
  followUpCounts,
  followUpList,
  type FollowUpRow,
  type FollowUpSection,
} from '@/lib/store/history/follow-ups';
import { loadSettings } from '@/lib/store/settings/settings';
import { snoozeDates } from '@/lib/domain/cadence/snooze';
import { FollowUpGroup } from './FollowUpGroup';
import { PipelineSummary } from './PipelineSummary';
import { ObjectiveFilter } from './ObjectiveFilter';
import { listObjectives } from '@/lib/store/objectives/objective-list';
import { routeHref } from '@/components/sidepanel/use-route';
import { useNow } from '@/components/sidepanel/use-now';
import { useShownMark } from '@/components/shared/use-shown-mark';
import { t } from '@/lib/domain/i18n';
import { textWith } from '@/components/shared/text-with';

/** Everything the user owes, grouped by when it is due, with one-click drafts. */
export function FollowUpsView() {
  const now = useNow();
  const db = getDb();
  const settings = useLiveQuery(() => loadSettings(db), [db]);
  const zone = settings?.timeZone || undefined;
  const rows = useLiveQuery(() => followUpList(db, now, zone), [db, now, zone]);
  // Counting walks the index (about 100 ms at 10,000 people), so the counts
  // and the pipeline summary are asked for once the rows are on screen.
  const listed = rows !== undefined;
  useShownMark('inroads:follow-ups-shown', listed && settings !== undefined);
  const counts = useLiveQuery(() => (listed ? followUpCounts(db, now, zone) : undefined), [db, now, zone, listed]);
  const [status, setStatus] = useState('');
  const objectives = useLiveQuery(() => listObjectives(db), [db]);
  const [objectiveId, setObjectiveId] = useState('any');
  const filtering = objectiveId !== 'any';
  const onStatus = useCallback((message: string) => setStatus(message), []);
  const snooze = useMemo(() => (settings ? snoozeDates(now, settings) : undefined), [now, settings]);
  const groups = useMemo(() => {
    const bySection = new Map<FollowUpSection, FollowUpRow[]>(FOLLOW_UP_SECTIONS.map((s) => [s, []]));
    for (const row of rows ?? []) {
      if (filtering && (row.person.objectiveId ?? 'none') !== objectiveId) continue;
      bySection.get(row.section)?.push(row);
    }
    return bySection;
  }, [rows, filtering, objectiveId]);

  return (
    <>
      <h1>{t('followUpsTitle')}</h1>
      <PipelineSummary ready={listed} />
      <ObjectiveFilter objectives={objectives} value={objectiveId} onChange={setObjectiveId} />
      <p className="small ok" role="status" aria-live="polite">
        {status}
      </p>
      {!rows || !settings || !snooze ? (
        <p aria-busy="true">{t('commonLoading')}</p>
      ) : rows.length === 0 ? (
        <div className="card">
          <h2>{t('followUpsEmptyTitle')}</h2>
          <p>{t('followUpsEmpty')}</p>
          <p className="small muted">
            {textWith('followUpsEmptyHint', [<a href={routeHref({ view: 'targets' })}>{t('navTargets')}</a>])}
          </p>
        </div>
      ) : filtering && [...groups.values()].every((sectionRows) => sectionRows.length === 0) ? (
        <p className="card" data-testid="follow-ups-none-for-objective">
          {t('followUpsNoneForObjective')}
        </p>
      ) : (
        FOLLOW_UP_SECTIONS.map((section) => {
          const sectionRows = groups.get(section) ?? [];
          return sectionRows.length === 0 ? null : (
            <FollowUpGroup
              key={section}
              section={section}
              rows={sectionRows}
              snooze={snooze}
              followUpDays={settings.followUpDays}
              total={filtering ? undefined : section === 'overdue' ? counts?.overdue : section === 'today' ? counts?.today : undefined}
              onStatus={onStatus}
            />
          );
        })
      )}
    </>
  );
}
