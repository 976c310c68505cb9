import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../lib/db';
import { loadTimeline } from '../../lib/db/person-history';
import { TimelineItem } from './TimelineItem';

/** Everything that happened with this person, newest first. */
export function Timeline({ personId, onStatus }: { personId: string; onStatus(message: string): void }) {
  const entries = useLiveQuery(() => loadTimeline(getDb(), personId), [personId]);
  return (
    <section aria-labelledby="person-timeline">
      <h2 id="person-timeline">Timeline</h2>
      {!entries ? (
        <p aria-busy="true">Loading…</p>
      ) : entries.length === 0 ? (
        <p className="muted">
          Nothing recorded yet. Messages you mark as sent, replies, calls and meetings appear here.
        </p>
      ) : (
        <ol className="plain" data-testid="timeline">
          {entries.map((entry) => (
            <TimelineItem key={entry.key} entry={entry} onStatus={onStatus} />
          ))}
        </ol>
      )}
    </section>
  );
}
