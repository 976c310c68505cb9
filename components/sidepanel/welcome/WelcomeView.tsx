import { useState } from 'react';
import { ImportConnections } from '@/components/sidepanel/data/ImportConnections';
import { ObjectiveForm } from '@/components/sidepanel/objectives/ObjectiveForm';
import { routeHref } from '@/components/sidepanel/use-route';
import { t, type MessageKey } from '@/lib/domain/i18n';

const METHOD: MessageKey[] = ['welcomeMethod1', 'welcomeMethod2', 'welcomeMethod3', 'welcomeMethod4', 'welcomeMethod5'];
const EXPORT_STEPS: MessageKey[] = [
  'welcomeExport1',
  'welcomeExport2',
  'welcomeExport3',
  'welcomeExport4',
  'welcomeExport5',
];

/** First run (opened once, on install): the method in five lines, Connections.csv, a first objective, and what stays here. */
export function WelcomeView() {
  const [objective, setObjective] = useState('');
  return (
    <section aria-labelledby="welcome-heading" className="stack" style={{ maxWidth: '42rem' }}>
      <h1 id="welcome-heading">{t('welcomeTitle')}</h1>
      <p>{t('welcomeIntro')}</p>
      <h2>{t('welcomeMethodTitle')}</h2>
      <ol data-testid="welcome-method">
        {METHOD.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ol>
      <h2>{t('welcomeImportTitle')}</h2>
      <p className="small">{t('welcomeImportWhy')}</p>
      <ol className="small">
        {EXPORT_STEPS.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ol>
      <ImportConnections />
      <h2>{t('welcomeObjectiveTitle')}</h2>
      <p className="small">{t('welcomeObjectiveWhy')}</p>
      <ObjectiveForm onCreated={(created) => setObjective(created.title)} />
      <p className="ok small" role="status">
        {objective && t('welcomeObjectiveCreated', objective)}
      </p>
      <h2>{t('welcomePrivacyTitle')}</h2>
      <p className="small">{t('welcomePrivacy')}</p>
      <p>
        <a className="button primary" href={routeHref({ view: 'companies' })}>
          {t('welcomeStart')}
        </a>
      </p>
    </section>
  );
}
