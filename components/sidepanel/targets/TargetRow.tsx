import type { TargetSummary } from '@/lib/store/people/target-search';
import { nextActionLabel, STAGE_LABELS } from '@/lib/domain/labels';
import { DEGREE_LABELS } from '@/lib/domain/labels';
import { formatDay } from '@/components/shared/labels';
import { routeHref } from '@/components/sidepanel/use-route';
import { t } from '@/lib/domain/i18n';

/** Fixed height of a target row (px): the virtual list depends on it. */
export const TARGET_ROW_HEIGHT = 76;

/** One person in the target list: who, where, how connected, where they stand, what is owed. */
export function TargetRow({
  target,
  now,
  onPromote,
}: {
  target: TargetSummary;
  now: number;
  onPromote: (t: TargetSummary) => void;
}) {
  const where = [
    target.headline,
    target.company && !target.headline?.includes(target.company) ? target.company : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  const overdue = target.nextActionAt !== undefined && target.nextActionAt < now;
  return (
    <div className="target-row" data-testid="target-row">
      <div className="spread">
        <a href={routeHref({ view: 'person', personId: target.id })} className="target-name" tabIndex={-1}>
          {target.name}
        </a>
        <span className="row target-tags">
          <span className="small muted">{DEGREE_LABELS[target.degree]}</span>
          {target.kind === 'candidate' ? (
            <span className="pill">{t('targetsViewed')}</span>
          ) : (
            target.stage && <span className="pill">{STAGE_LABELS[target.stage]}</span>
          )}
        </span>
      </div>
      <div className="small muted target-where">{where || '\u00a0'}</div>
      <div className="small target-next">
        {target.kind === 'candidate' ? (
          <button
            type="button"
            className="link"
            onClick={() => onPromote(target)}
            aria-label={t('targetsAddNamed', target.name)}
          >
            {t('personAddTarget')}
          </button>
        ) : target.nextActionKind && target.nextActionAt !== undefined ? (
          <>
            {nextActionLabel(target.nextActionKind)}{' '}
            <span className={overdue ? 'pill overdue' : 'pill'}>
              {overdue ? t('targetsOverdueOn', formatDay(target.nextActionAt)) : formatDay(target.nextActionAt)}
            </span>
          </>
        ) : (
          <span className="muted">{t('targetsNothingOwed')}</span>
        )}
      </div>
    </div>
  );
}
