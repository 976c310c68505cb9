import type { Connection, Person } from '@/lib/domain/model';
import { STAGE_LABELS } from '@/lib/domain/labels';
import { formatUtcDay } from '@/components/shared/labels';
import { routeHref } from '@/components/sidepanel/use-route';
import { plural, t } from '@/lib/domain/i18n';

/** Rows shown before "and N more" (a big employer may hold hundreds of the user's connections). */
const SHOWN = 50;

/** The user's connections at a company (position, connected-on) and the people there they know or met. */
export function KnownAtList({ connections, people }: { connections: Connection[]; people: Person[] }) {
  const urls = new Set(people.flatMap((p) => (p.profileUrl ? [p.profileUrl] : [])));
  const plain = connections.filter((c) => !c.profileUrl || !urls.has(c.profileUrl));
  return (
    <ul className="plain stack small" data-testid="known-at">
      {people.map((p) => (
        <li key={p.id}>
          <a href={routeHref({ view: 'person', personId: p.id })}>{p.name}</a>
          {p.position || p.headline ? ` — ${p.position ?? p.headline}` : ''}{' '}
          {p.stage && p.kind === 'target' && <span className="pill">{STAGE_LABELS[p.stage]}</span>}
        </li>
      ))}
      {plain.slice(0, SHOWN).map((c) => (
        <li key={c.profileUrl ?? `${c.name}|${c.company ?? ''}`} data-testid="known-connection">
          <strong>{c.name}</strong>
          {c.position ? ` — ${c.position}` : ''}
          {c.connectedOn !== undefined && (
            <span className="muted"> · {t('connectionsConnectedOn', formatUtcDay(c.connectedOn))}</span>
          )}
        </li>
      ))}
      {plain.length > SHOWN && <li className="muted">{plural('companiesMore', plain.length - SHOWN)}</li>}
    </ul>
  );
}
