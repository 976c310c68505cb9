import type { ReferralNode } from '@/lib/domain/referrals/referral-tree';
import { STAGE_LABELS } from '@/lib/domain/labels';
import { routeHref } from '@/components/sidepanel/use-route';
import { plural, t } from '@/lib/domain/i18n';

function NodeLabel({ node }: { node: ReferralNode }) {
  if (!node.personId) {
    return (
      <span>
        <span className="referral-name">{node.name}</span> <span className="small muted">{t('referralsGoneTag')}</span>
      </span>
    );
  }
  return (
    <span>
      <a href={routeHref({ view: 'person', personId: node.personId })} className="referral-name">
        {node.name}
      </a>{' '}
      {node.stage && <span className="pill">{STAGE_LABELS[node.stage]}</span>}
      {node.loopStart && <span className="small muted"> {t('referralsLoop')}</span>}
    </span>
  );
}

/** Who referred whom, as nested lists: each level indented under the person who led to it. */
export function ReferralTree({ nodes }: { nodes: ReferralNode[] }) {
  return (
    <ul className="referral-tree">
      {nodes.map((node) => (
        <li key={node.key} data-testid="referral-node" data-level={node.level}>
          <NodeLabel node={node} />
          {node.children.length > 0 && (
            <>
              <span className="visually-hidden">, {plural('referralsReferredCount', node.children.length)}</span>
              <ReferralTree nodes={node.children} />
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
