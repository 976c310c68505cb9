import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { getDb } from '../../lib/db';
import { allClips } from '../../lib/db/clips';
import { ClipCard, type TargetChoice } from './ClipCard';

/** Saved articles (and links), newest first, each attachable to a target or a company. */
export function ResearchView() {
  const clips = useLiveQuery(() => allClips(getDb()), []);
  const people = useLiveQuery(() => getDb().people.where('kind').equals('target').sortBy('name'), []);
  const targets = useMemo<TargetChoice[]>(
    () => (people ?? []).map((p) => ({ id: p.id, name: p.name, company: p.company })),
    [people],
  );
  return (
    <div className="research-view">
      <h1>Research</h1>
      <p className="small muted">
        To save an article: right-click anywhere on the page → <strong>Save page to Inroads research</strong>. Inroads
        keeps the article’s text on this computer (or just the link, when the page is not an article). Attach it to a
        target or a company and it feeds the questions you prepare for your meetings.
      </p>
      {clips === undefined ? (
        <p role="status">Loading…</p>
      ) : clips.length === 0 ? (
        <p className="muted">No research saved yet.</p>
      ) : (
        <>
          <p className="small muted">
            {clips.length} saved {clips.length === 1 ? 'page' : 'pages'}
          </p>
          <ul className="plain" aria-label="Saved research">
            {clips.map((clip) => (
              <li key={clip.id}>
                <ClipCard clip={clip} targets={targets} />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
