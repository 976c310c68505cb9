import type { ConnectionsImportSummary } from '../../lib/db/import-connections';

/** How many skipped lines are listed (the rest are counted). */
export const SKIPPED_SHOWN = 20;

const count = (n: number) => n.toLocaleString('en-US');
const plural = (n: number, one: string, many: string) => `${count(n)} ${n === 1 ? one : many}`;

/** What a Connections.csv import did: added, updated, unchanged, and skipped lines with reasons. */
export function ImportSummary({ summary }: { summary: ConnectionsImportSummary }) {
  const { added, updated, unchanged, skipped } = summary;
  const more = skipped.length - SKIPPED_SHOWN;
  return (
    <div className="card" role="status" aria-label="Import summary">
      <p className="ok">
        Imported {plural(summary.rows, 'connection', 'connections')}: {count(added)} added, {count(updated)} updated,{' '}
        {count(unchanged)} already up to date, {count(skipped.length)} skipped.
      </p>
      <p className="small muted">Everyone imported is now known as a 1st-degree contact, with the day you connected.</p>
      {skipped.length > 0 && (
        <>
          <h3>Skipped lines</h3>
          <ul className="reasons small">
            {skipped.slice(0, SKIPPED_SHOWN).map((line) => (
              <li key={`${line.line}-${line.reason}`}>
                Line {line.line}: {line.reason}
              </li>
            ))}
          </ul>
          {more > 0 && <p className="small muted">…and {plural(more, 'more line', 'more lines')}.</p>}
        </>
      )}
    </div>
  );
}
