import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { getDb } from '@/lib/store';
import { loadReferralPeople } from '@/lib/store/people/referral-people';
import { buildReferralTree, levelSummary } from '@/lib/domain/referrals/referral-tree';
import { ReferralTree } from './ReferralTree';
import { IntroductionList } from './IntroductionList';
import { t } from '@/lib/domain/i18n';

/**
 * The referral map: who led to whom, from the user outward. Level 1 is the
 * people you reached yourself who referred others; each further level is
 * the people referred by the level before (see lib/domain/referrals/referral-tree.ts).
 */
export function ReferralMapView() {
  const people = useLiveQuery(() => loadReferralPeople(getDb()), []);
  const tree = useMemo(() => buildReferralTree(people ?? []), [people]);
  return (
    <section aria-labelledby="referrals-heading">
      <h1 id="referrals-heading">{t('referralsMapTitle')}</h1>
      <p className="small muted">{t('referralsMapIntro')}</p>
      {people === undefined ? (
        <p role="status">{t('commonLoading')}</p>
      ) : tree.roots.length === 0 ? (
        <p className="muted">{t('referralsMapEmpty')}</p>
      ) : (
        <>
          <p data-testid="referral-levels">
            <strong>{t('referralsYou')}</strong> → {levelSummary(tree.levelCounts)}
          </p>
          <div className="card referral-map">
            <p className="referral-you">
              <strong>{t('referralsYou')}</strong>
            </p>
            <ReferralTree nodes={tree.roots} />
          </div>
        </>
      )}
      <IntroductionList />
    </section>
  );
}
