import { useState } from 'react';
import { CorrectionForm } from '@/components/shared/CorrectionForm';
import { DegreeLine } from '@/components/shared/DegreeLine';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/store';
import { loadReferralLinks } from '@/lib/store/history/person-history';
import { normaliseProfileUrl } from '@/lib/domain/identity/profile-url';
import type { Person } from '@/lib/domain/model';
import { STAGE_LABELS } from '@/lib/domain/labels';
import { routeHref } from '@/components/sidepanel/use-route';
import { plural, t } from '@/lib/domain/i18n';
import { textWith } from '@/components/shared/text-with';

const MUTUALS_SHOWN = 10;

function Referrals({ person }: { person: Person }) {
  const links = useLiveQuery(() => loadReferralLinks(getDb(), person), [person.id, person.referredById]);
  if (!links) return null;
  return (
    <>
      {links.referrer ? (
        <p>
          {textWith('personReferredBy', [
            <a href={routeHref({ view: 'person', personId: links.referrer.id })}>{links.referrer.name}</a>,
          ])}
          {person.referrerNameAllowed === false && <> {t('personReferrerUnnamed')}</>}
        </p>
      ) : (
        person.referredByName && <p>{t('personReferredByGone', person.referredByName)}</p>
      )}
      {links.referred.length > 0 && (
        <div>
          <span>{t('personReferredYou', person.name)} </span>
          <ul className="plain row">
            {links.referred.map((p) => (
              <li key={p.id}>
                <a href={routeHref({ view: 'person', personId: p.id })}>{p.name}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

/** Who this is: name, headline, LinkedIn profile, degree, mutual connections, referrals. */
export function PersonHeader({ person, onStatus }: { person: Person; onStatus(message: string): void }) {
  const [correcting, setCorrecting] = useState(false);
  const profile = person.profileUrl ? normaliseProfileUrl(person.profileUrl) : null;
  const shown = person.mutuals.slice(0, MUTUALS_SHOWN);
  const mutualCount = Math.max(person.mutualCount ?? 0, person.mutuals.length);
  return (
    <header className="stack">
      <h1>{person.name}</h1>
      {person.headline && <p className="muted">{person.headline}</p>}
      <p className="row small">
        {person.stage && <span className="pill">{STAGE_LABELS[person.stage]}</span>}
        <DegreeLine person={person} onCorrect={() => setCorrecting((open) => !open)} />
        {profile && (
          <a href={profile} target="_blank" rel="noreferrer">
            {t('personLinkedinProfile')}
          </a>
        )}
      </p>
      {mutualCount > 0 && (
        <div className="small">
          <span>
            {plural('personMutuals', mutualCount)}
            {shown.length > 0 ? ': ' : ''}
          </span>
          {shown.length > 0 && (
            <ul className="plain row">
              {shown.map((m, i) => {
                const url = m.url ? normaliseProfileUrl(m.url) : null;
                return (
                  <li key={`${m.name}-${i}`}>
                    {url ? (
                      <a href={url} target="_blank" rel="noreferrer">
                        {m.name}
                      </a>
                    ) : (
                      m.name
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}
      {correcting && (
        <CorrectionForm
          target={{ personId: person.id }}
          person={person}
          pageDegree={person.seenDegree ?? 'unknown'}
          onDone={(message) => (setCorrecting(false), onStatus(message))}
          onCancel={() => setCorrecting(false)}
        />
      )}
      <Referrals person={person} />
    </header>
  );
}
