import { lazy, Suspense, useState } from 'react';
import type { ProfileSnapshot } from '@/lib/domain/model';
import type { IntroducerOption } from '@/lib/domain/approach/types';
import { OpenSidePanelButton } from '@/components/shared/OpenSidePanelButton';
import { ApproachCard } from './ApproachCard';
import { LazyCopyDiagnostics } from './LazyCopyDiagnostics';
import { DraftComposer } from './DraftComposer';
import { ProfileHeader } from './ProfileHeader';
import { useProfileModel } from './use-profile-model';
import { t, type MessageKey } from '@/lib/domain/i18n';

// Loaded when the user opens it: the search over their connections stays out of the popup's first paint.
const CorrectionForm = lazy(() => import('@/components/shared/CorrectionForm').then((m) => ({ default: m.CorrectionForm })));
// Add as target (with its objective form) and Your details: loaded just after first paint.
const AddTargetForm = lazy(() => import('./AddTargetForm').then((m) => ({ default: m.AddTargetForm })));
// Below the draft and its actions (out of view at 400×600): loaded just after first paint.
const YourDetails = lazy(() => import('@/components/shared/YourDetails').then((m) => ({ default: m.YourDetails })));

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
      <DraftComposer snapshot={snapshot} model={model} introducer={introducer} onIntroducer={setChosen} now={now} />
      {model.person?.kind !== 'target' && (
        <Suspense fallback={null}>
          <AddTargetForm snapshot={snapshot} />
        </Suspense>
      )}
      <Suspense fallback={null}>
        <YourDetails settings={model.settings} compact />
      </Suspense>
      <div className="row">
        <OpenSidePanelButton />
      </div>
      <LazyCopyDiagnostics tabId={tabId} />
    </>
  );
}
