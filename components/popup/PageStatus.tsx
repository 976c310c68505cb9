import { OpenSidePanelButton } from '@/components/shared/OpenSidePanelButton';
import { LazyCopyDiagnostics } from './LazyCopyDiagnostics';
import { t } from '@/lib/domain/i18n';

/** A profile still being read, or one Inroads could not read: never the previous person. */
export function PageStatus({ state, tabId }: { state: 'reading' | 'unreadable'; tabId: number }) {
  return (
    <>
      <h1>{t('extName')}</h1>
      {state === 'reading' ? (
        <p aria-busy="true">{t('badgeReading')}</p>
      ) : (
        <>
          <p className="card" role="status">
            {t('popupUnreadable')}
          </p>
          <LazyCopyDiagnostics tabId={tabId} />
        </>
      )}
      <OpenSidePanelButton />
    </>
  );
}
