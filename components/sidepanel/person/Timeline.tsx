import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/store';
import { loadTimeline } from '@/lib/store/history/person-history';
import { TimelineItem } from './TimelineItem';
import { RowBoundary } from '@/components/shared/RowBoundary';
import { t } from '@/lib/domain/i18n';

/** Everything that happened with this person, newest first. */
export function Timeline({ personId, onStatus }: { personId: string; onStatus(message: string): void }) {
  const entries = useLiveQuery(() => loadTimeline(getDb(), personId), [personId]);
  return (
    <section aria-labelledby="person-timeline">
      <h2 id="person-timeline">{t('timelineTitle')}</h2>
      {!entries ? (
        <p aria-busy="true">{t('commonLoading')}</p>
      ) : entries.length === 0 ? (
        <p className="muted">{t('timelineEmpty')}</p>
      ) : (
        <ol className="plain" data-testid="timeline">
          {entries.map((entry) => (
            <RowBoundary key={entry.key}>
              <TimelineItem entry={entry} onStatus={onStatus} />
            </RowBoundary>
          ))}
        </ol>
      )}
    </section>
  );
}
