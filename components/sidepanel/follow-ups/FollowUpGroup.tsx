import { memo, useState } from 'react';
import type { FollowUpRow as Row, FollowUpSection } from '@/lib/store/history/follow-ups';
import type { SnoozeDates } from '@/lib/domain/cadence/snooze';
import { FollowUpRow } from './FollowUpRow';
import { RowBoundary } from '@/components/shared/RowBoundary';
import { labels, t } from '@/lib/domain/i18n';

export const SECTION_TITLES = labels<FollowUpSection>({
  overdue: 'followUpsOverdue',
  today: 'followUpsToday',
  tomorrow: 'followUpsTomorrow',
  'this-week': 'followUpsThisWeek',
  later: 'followUpsLater',
  waiting: 'followUpsWaiting',
});

/** Rows shown at first in a section; more on request (keeps a long list fast). */
export const PAGE_SIZE = 10;

interface Props {
  section: FollowUpSection;
  rows: Row[];
  snooze: SnoozeDates;
  followUpDays: number;
  /** The section's full count when only its first rows were read (overdue, today). */
  total?: number;
  onStatus(message: string): void;
}

export const FollowUpGroup = memo(function FollowUpGroup({ section, rows, snooze, followUpDays, total, onStatus }: Props) {
  const [shown, setShown] = useState(PAGE_SIZE);
  const headingId = `follow-ups-${section}`;
  const more = rows.length - shown;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>
        {SECTION_TITLES[section]} <span className="pill">{Math.max(total ?? 0, rows.length)}</span>
      </h2>
      {total !== undefined && total > rows.length && (
        <p className="small muted">{t('followUpsMostPressing', [rows.length, total])}</p>
      )}
      <ul className="plain">
        {rows.slice(0, shown).map((row) => (
          <RowBoundary key={row.person.id}>
            <FollowUpRow
              person={row.person}
              section={section}
              snooze={snooze}
              followUpDays={followUpDays}
              onStatus={onStatus}
            />
          </RowBoundary>
        ))}
      </ul>
      {more > 0 && (
        <button type="button" onClick={() => setShown((n) => n + PAGE_SIZE)}>
          {t('followUpsShowMore', [Math.min(more, PAGE_SIZE), more])}
        </button>
      )}
    </section>
  );
});
