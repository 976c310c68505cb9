import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/store';
import { loadIntroductions } from '@/lib/store/people/introductions';
import { formatDay } from '@/components/shared/labels';
import { routeHref } from '@/components/sidepanel/use-route';
import { t } from '@/lib/domain/i18n';

/** Who introduced the user to whom (introduction requests with their introducer), newest first. */
export function IntroductionList() {
  const introductions = useLiveQuery(() => loadIntroductions(getDb()), []);
  if (!introductions || introductions.length === 0) return null;
  return (
    <section aria-labelledby="introductions-heading">
      <h2 id="introductions-heading">{t('referralsIntroductionsTitle')}</h2>
      <ul className="referral-tree" data-testid="introductions">
        {introductions.map((i) => (
          <li key={`${i.introducer.id}>${i.person.id}`}>
            <a href={routeHref({ view: 'person', personId: i.introducer.id })} className="referral-name">
              {i.introducer.name}
            </a>{' '}
            → <a href={routeHref({ view: 'person', personId: i.person.id })}>{i.person.name}</a>{' '}
            <span className="small muted">{t('referralsIntroductionAsked', formatDay(i.at))}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
