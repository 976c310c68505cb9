import type { Progress, OutreachRoute } from '@/lib/domain/progress/progress';
import { ROUTES } from '@/lib/domain/progress/progress';
import { labels, plural, t } from '@/lib/domain/i18n';

const ROUTE_LABELS = labels<OutreachRoute>({
  direct: 'progressRouteDirect',
  introduction: 'progressRouteIntroduction',
  referred: 'progressRouteReferred',
  cold: 'progressRouteCold',
});

const percent = (part: number, whole: number) => Math.round((part / whole) * 100);

/** "3 of 5 targets, 1 meeting held", requests this week, reply rate by route, referrals. */
export function ProgressCard({ progress }: { progress: Progress }) {
  const headline = [
    progress.goal !== undefined
      ? plural('progressTargetsOfGoal', progress.goal, [progress.targets, progress.goal])
      : plural('progressTargets', progress.targets),
    plural('progressMeetingsHeld', progress.meetingsHeld),
  ].join(', ');
  const asked = ROUTES.filter((route) => progress.routes[route].asked > 0);
  return (
    <div className="stack" data-testid="progress">
      <p>
        <strong data-testid="progress-headline">{headline}</strong>
        {progress.goal !== undefined && (
          <progress className="visually-hidden" max={progress.goal} value={Math.min(progress.targets, progress.goal)} />
        )}
      </p>
      <p className="small">
        {[
          plural('progressRequestsWeek', progress.requestsLastWeek),
          plural('progressMeetingsAhead', progress.meetingsAhead),
          plural('progressReferrals', progress.referralsGained),
          plural('progressIntroductions', progress.introductions),
        ].join(' · ')}
      </p>
      {asked.length > 0 ? (
        <table className="small">
          <caption className="label">{t('progressReplyRate')}</caption>
          <tbody>
            {asked.map((route) => {
              const { asked: n, replied } = progress.routes[route];
              return (
                <tr key={route}>
                  <th scope="row" style={{ textAlign: 'start', fontWeight: 'normal' }}>
                    {ROUTE_LABELS[route]}
                  </th>
                  <td>{t('progressReplied', [replied, n, percent(replied, n)])}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p className="small muted">{t('progressNoRequests')}</p>
      )}
    </div>
  );
}
