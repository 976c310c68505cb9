import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/store';
import type { GivenReferral } from '@/lib/domain/model';
import { formatDay } from '@/components/shared/labels';
import { routeHref } from '@/components/sidepanel/use-route';
import { t } from '@/lib/domain/i18n';

/** The people referred (in a meeting, a reply or a decline), each a link to their page; the ones just added marked new. */
export function ReferralsGiven({ referrals, added }: { referrals: readonly GivenReferral[]; added: string[] }) {
  const ids = referrals.map((r) => r.personId);
  const key = ids.join(',');
  const loaded = useLiveQuery(async () => ({ key, people: await getDb().people.bulkGet(ids) }), [key]);
  // Until the people of the current list are loaded (not the previous list's), show nothing.
  if (referrals.length === 0 || loaded?.key !== key) return null;
  const { people } = loaded;
  return (
    <ul className="plain stack" data-testid="referrals-given">
      {referrals.map((referral, i) => {
        const target = people[i];
        return (
          <li key={`${referral.personId}-${i}`}>
            {target ? (
              <a href={routeHref({ view: 'person', personId: target.id })}>{target.name}</a>
            ) : (
              <span className="muted">{t('referralsDeleted')}</span>
            )}
            {added.includes(referral.personId) && <span className="pill"> {t('referralsNewTarget')}</span>}
            <span className="small muted">
              {' — '}
              {[
                referral.nameAllowed ? t('referralsNameAllowed') : t('referralsDoNotName'),
                referral.checkBackAt !== undefined ? t('referralsCheckBackOn', formatDay(referral.checkBackAt)) : '',
              ]
                .filter(Boolean)
                .join('; ')}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
