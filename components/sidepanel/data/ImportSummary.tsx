import type { ConnectionsImportSummary } from '@/lib/store/directory/import-connections';
import { routeHref } from '@/components/sidepanel/use-route';
import { plural, t } from '@/lib/domain/i18n';

/** How many skipped lines are listed (the rest are counted). */
export const SKIPPED_SHOWN = 20;

const count = (n: number) => n.toLocaleString('en-US');

/** What a Connections.csv import did: added, updated, unchanged, and skipped lines with reasons. */
export function ImportSummary({ summary }: { summary: ConnectionsImportSummary }) {
  const { added, updated, unchanged, skipped } = summary;
  const more = skipped.length - SKIPPED_SHOWN;
  return (
    <div className="card" role="status" aria-label={t('importSummaryLabel')}>
      <p className="ok">
        {plural('importSummary', summary.rows, [
          count(summary.rows),
          count(added),
          count(updated),
          count(unchanged),
          count(skipped.length),
        ])}
      </p>
      {summary.notice && <p className="warning small">{summary.notice}</p>}
      <p className="small muted">{t('importSummaryNote')}</p>
      <p className="small">
        <a href={routeHref({ view: 'connections' })}>{t('importSeeConnections')}</a>
      </p>
      {skipped.length > 0 && (
        <>
          <h3>{t('importSkippedTitle')}</h3>
          <ul className="reasons small">
            {skipped.slice(0, SKIPPED_SHOWN).map((line) => (
              <li key={`${line.line}-${line.reason}`}>{t('importSkippedLine', [line.line, line.reason])}</li>
            ))}
          </ul>
          {more > 0 && <p className="small muted">{plural('importSkippedMore', more, [count(more)])}</p>}
        </>
      )}
    </div>
  );
}
