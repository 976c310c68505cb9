import { useState } from 'react';
import type { PeopleReading } from '@/lib/domain/people-list';
import { NoPageAccessError, readPeopleOnTab, requestLinkedInAccess, sidePanelTabId } from '@/lib/platform/people-list';
import { VisiblePeopleList } from './VisiblePeopleList';
import { useAction } from '@/components/shared/use-action';
import { FormError } from '@/components/shared/FormError';
import { plural, t } from '@/lib/domain/i18n';

type State = { step: 'idle' | 'no-access' | 'refused' | 'no-tab' } | { step: 'read'; reading: PeopleReading };

/**
 * "List people on this page": the people a LinkedIn people search or a
 * company's People page shows, read only when the user clicks, only what is
 * on screen (the reader is injected into that tab for the one read: nothing
 * scrolled, clicked, fetched or added to LinkedIn's page).
 */
export function ThisPageView() {
  const [state, setState] = useState<State>({ step: 'idle' });
  const list = useAction(
    async () => {
      const tabId = await sidePanelTabId(location.search);
      if (tabId === undefined) return setState({ step: 'no-tab' });
      try {
        setState({ step: 'read', reading: await readPeopleOnTab(tabId) });
      } catch (error) {
        if (!(error instanceof NoPageAccessError)) throw error;
        setState({ step: 'no-access' });
      }
    },
    { failure: 'thisPageFailed' },
  );
  // The browser's question must come straight from the click (a user gesture), before anything is awaited.
  const allow = () =>
    void requestLinkedInAccess().then(
      (granted) => (granted ? list.run() : setState({ step: 'refused' })),
      () => setState({ step: 'refused' }),
    );
  const reading = state.step === 'read' ? state.reading : undefined;
  return (
    <section aria-labelledby="this-page-heading" className="stack">
      <h1 id="this-page-heading">{t('thisPageTitle')}</h1>
      <p className="small muted">{t('thisPageIntro')}</p>
      <p>
        <button type="button" className="primary" disabled={list.busy} onClick={() => void list.run()}>
          {t('thisPageList')}
        </button>
      </p>
      <FormError error={list.error} />
      {state.step === 'no-tab' && <p role="status">{t('thisPageNoTab')}</p>}
      {(state.step === 'no-access' || state.step === 'refused') && (
        <div className="card stack" role="status">
          <p>{state.step === 'refused' ? t('thisPageRefused') : t('thisPageNoAccess')}</p>
          <p>
            <button type="button" onClick={allow}>
              {t('thisPageAllow')}
            </button>
          </p>
        </div>
      )}
      {reading && reading.kind === 'other' && <p role="status">{t('thisPageNotAList')}</p>}
      {reading && reading.kind !== 'other' && (
        <>
          <p role="status">{plural('thisPageFound', reading.people.length)}</p>
          {reading.people.length > 0 && <VisiblePeopleList key={reading.people.map((p) => p.profileUrl).join()} people={reading.people} />}
        </>
      )}
    </section>
  );
}
