import { lazy, Suspense, useState } from 'react';
import type { ProfileSnapshot } from '@/lib/domain/model';
import type { IntroducerOption } from '@/lib/domain/approach/types';
import { OpenSidePanelButton } from '@/components/shared/OpenSidePanelButton';
import { YourDetails } from '@/components/shared/YourDetails';
import { AddTargetForm } from './AddTargetForm';
import { ApproachCard } from './ApproachCard';
import { CopyDiagnostics } from './CopyDiagnostics';
import { DraftComposer } from './DraftComposer';
import { ProfileHeader } from './ProfileHeader';
import { useProfileModel } from './use-profile-model';
import { t, type MessageKey } from '@/lib/domain/i18n';

// Loaded when the user opens it: the search over their connections stays out of the popup's first paint.
const CorrectionForm = lazy(() => import('@/components/shared/CorrectionForm').then((m) => ({ default: m.CorrectionForm })));

const NO_APPROACH: Partial<Record<ProfileSnapshot['pageKind'], MessageKey>> = {
  self: 'popupOwnProfile',
  authwall: 'popupAuthwall',
};

/** The popup on a profile: who, how to ask, through whom, and the draft. */
export function ProfilePopup({ snapshot, tabId }: { snapshot: ProfileSnapshot; tabId: number }) {
  const [now] = useState(() => Date.now());
  const model = useProfileModel(snapshot, now);
  const [chosen, setChosen] = useState<IntroducerOption | undefined | null>(null);
  const [correcting, setCorrecting] = useState(false);
  const [status, setStatus] = useState('');
  if (!model) return <p aria-busy="true">{t('commonLoading')}</p>;
  const blocked = NO_APPROACH[snapshot.pageKind];
  if (blocked) {
    return (
      <>
        <h1>{t('extName')}</h1>
        <p className="card">{t(blocked)}</p>
        <OpenSidePanelButton />
      </>
    );
  }
  const introducer = chosen === null ? model.approach.introducers[0] : chosen;
  return (
    <>
      <ProfileHeader snapshot={snapshot} person={model.person} onCorrect={() => setCorrecting((open) => !open)} />
      {correcting && (
        <Suspense fallback={<p aria-busy="true">{t('commonLoading')}</p>}>
          <CorrectionForm
            target={model.person ? { personId: model.person.id } : { snapshot }}
            person={model.person}
            pageDegree={snapshot.degree}
            onDone={(message) => (setCorrecting(false), setChosen(null), setStatus(message))}
            onCancel={() => setCorrecting(false)}
          />
        </Suspense>
      )}
      <p className="ok small" role="status">
        {status}
      </p>
      <ApproachCard profileUrl={snapshot.url} approach={model.approach} introducer={introducer} onIntroducer={setChosen} />
      {/* The draft and its actions first: at the popup's 400×600 they are in view without scrolling. */}
      <DraftComposer snapshot={snapshot} model={model} introducer={introducer} now={now} />
      {model.person?.kind !== 'target' && <AddTargetForm snapshot={snapshot} />}
      <YourDetails settings={model.settings} compact />
      <div className="row">
        <OpenSidePanelButton />
      </div>
      <CopyDiagnostics tabId={tabId} />
    </>
  );
}
