import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getDb } from '@/lib/store';
import { followUpList } from '@/lib/store/history/follow-ups';
import { loadSettings } from '@/lib/store/settings/settings';
import { nextActionLabel } from '@/lib/domain/labels';
import { OpenSidePanelButton } from '@/components/shared/OpenSidePanelButton';
import { formatDay } from '@/components/shared/labels';
import { t } from '@/lib/domain/i18n';

/** Off a profile: what is owed today, and the way to the side panel. */
export function OffProfile() {
  const [now] = useState(() => Date.now());
  const due = useLiveQuery(async () => {
    const db = getDb();
    const { timeZone } = await loadSettings(db);
    const rows = await followUpList(db, now, timeZone || undefined);
    return rows.filter((row) => row.section === 'overdue' || row.section === 'today');
  }, [now]);
  return (
    <>
      <h1>{t('extName')}</h1>
      <p className="muted small">{t('popupOffProfileHint')}</p>
      <h2>{t('popupDueToday')}</h2>
      {due === undefined ? (
        <p aria-busy="true">{t('commonLoading')}</p>
      ) : due.length === 0 ? (
        <p className="muted">{t('popupNothingDue')}</p>
      ) : (
        <ul className="plain stack" data-testid="due-today">
          {due.map(({ person, section }) => (
            <li key={person.id} className="card">
              <strong>{person.name}</strong> — {nextActionLabel(person.nextAction!.kind)}
              <span className={`pill ${section === 'overdue' ? 'overdue' : ''}`}>
                {section === 'overdue' ? t('popupOverdueSince', formatDay(person.nextAction!.due)) : t('popupToday')}
              </span>
            </li>
          ))}
        </ul>
      )}
      <OpenSidePanelButton />
    </>
  );
}
