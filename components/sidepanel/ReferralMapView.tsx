import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { getDb } from '../../lib/db';
import { loadReferralPeople } from '../../lib/db/referral-people';
import { buildReferralTree, levelSummary } from '../../lib/outreach/referral-tree';
import { ReferralTree } from './ReferralTree';

/**
 * The referral map: who led to whom, from the user outward. Level 1 is the
 * people you reached yourself who referred others; each further level is
 * the people referred by the level before (see lib/outreach/referral-tree.ts).
 */
export function ReferralMapView() {
  const people = useLiveQuery(() => loadReferralPeople(getDb()), []);
  const tree = useMemo(() => buildReferralTree(people ?? []), [people]);
  return (
    <section aria-labelledby="referrals-heading">
      <h1 id="referrals-heading">Referral map</h1>
      <p className="small muted">
        Contacts beget contacts: before leaving a meeting, ask who else you should talk to. Each person they name
        becomes a target linked to them here.
      </p>
      {people === undefined ? (
        <p role="status">Loading…</p>
      ) : tree.roots.length === 0 ? (
        <p className="muted">
          No referrals yet. After a meeting, record the people they suggested (in the meeting notes): they appear here,
          under who referred them.
        </p>
      ) : (
        <>
          <p data-testid="referral-levels">
            <strong>You</strong> → {levelSummary(tree.levelCounts)}
          </p>
          <div className="card referral-map">
            <p className="referral-you">
              <strong>You</strong>
            </p>
            <ReferralTree nodes={tree.roots} />
          </div>
        </>
      )}
    </section>
  );
}
