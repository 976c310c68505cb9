import type { ConnectionSummary } from '@/lib/store/directory/connection-list';
import { normaliseProfileUrl } from '@/lib/domain/identity/profile-url';
import { DEGREE_LABELS } from '@/lib/domain/labels';
import { formatUtcDay } from '@/components/shared/labels';
import { routeHref } from '@/components/sidepanel/use-route';
import { t } from '@/lib/domain/i18n';

/** Fixed height of a connection row (px): the virtual list depends on it. */
export const CONNECTION_ROW_HEIGHT = 76;

/**
 * One imported LinkedIn connection: who, where, since when, their profile,
 * and either their Inroads page (already a person) or "Add as target".
 */
export function ConnectionRow({
  item,
  personId,
  busy,
  onAdd,
}: {
  item: ConnectionSummary;
  /** The Person this connection already is, if any. */
  personId: string | undefined;
  busy: boolean;
  onAdd: (item: ConnectionSummary) => void;
}) {
  const { name, company, position, connectedOn, profileUrl } = item.connection;
  const where = [position, company && !position?.includes(company) ? company : undefined].filter(Boolean).join(' · ');
  // Only a real LinkedIn profile address becomes a link (a restored backup may hold anything).
  const profile = profileUrl ? normaliseProfileUrl(profileUrl) : null;
  return (
    <div className="target-row" data-testid="connection-row">
      <div className="spread">
        <span className="target-name">{name}</span>
        <span className="row small muted target-tags">
          <span data-testid="connection-degree">{DEGREE_LABELS['1st']}</span>
          {connectedOn !== undefined && <span>{t('connectionsConnectedOn', formatUtcDay(connectedOn))}</span>}
        </span>
      </div>
      <div className="small muted target-where">{where || '\u00a0'}</div>
      <div className="small row target-next" style={{ flexWrap: 'nowrap' }}>
        {profile && (
          <a href={profile} target="_blank" rel="noopener noreferrer" aria-label={t('connectionsProfileNamed', name)}>
            {t('personLinkedinProfile')}
          </a>
        )}
        {personId !== undefined ? (
          <a href={routeHref({ view: 'person', personId })} aria-label={t('connectionsOpenNamed', name)}>
            {t('connectionsOpenPerson')}
          </a>
        ) : (
          <button
            type="button"
            className="link"
            disabled={busy}
            onClick={() => onAdd(item)}
            aria-label={t('targetsAddNamed', name)}
          >
            {t('personAddTarget')}
          </button>
        )}
      </div>
    </div>
  );
}
