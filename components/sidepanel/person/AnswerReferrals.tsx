import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/store';
import { loadSettings } from '@/lib/store/settings/settings';
import type { Touch } from '@/lib/domain/model';
import { ReferralsForm } from '@/components/sidepanel/meeting/ReferralsForm';
import { plural, t } from '@/lib/domain/i18n';

/**
 * On a reply or a decline: the people they suggested instead ("ask Jordan"),
 * recorded as referrals (name, may I use your name, check-back) by the same
 * use case as a meeting's. Folded until the user opens it.
 */
export function AnswerReferrals({ answer, onStatus }: { answer: Touch; onStatus(message: string): void }) {
  const loaded = useLiveQuery(async () => {
    const db = getDb();
    const [person, settings] = await Promise.all([db.people.get(answer.personId), loadSettings(db)]);
    return person ? { person, settings } : undefined;
  }, [answer.personId]);
  const count = answer.referrals?.length ?? 0;
  return (
    <details data-testid="answer-referrals">
      <summary className="small">{count > 0 ? plural('timelineReferralsGiven', count) : t('timelineAddReferrals')}</summary>
      {loaded && <ReferralsForm given={{ answer }} person={loaded.person} settings={loaded.settings} onStatus={onStatus} />}
    </details>
  );
}
