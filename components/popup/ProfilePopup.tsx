import { useState } from 'react';
import type { ProfileSnapshot } from '@/lib/domain/model';
import type { IntroducerOption } from '@/lib/domain/approach/types';
import { OpenSidePanelButton } from '@/components/shared/OpenSidePanelButton';
import { YourDetails } from '@/components/shared/YourDetails';
import { AddTargetForm } from './AddTargetForm';
import { ApproachCard } from './ApproachCard';
import { DraftComposer } from './DraftComposer';
import { ProfileHeader } from './ProfileHeader';
import { useProfileModel } from './use-profile-model';
import { t, type MessageKey } from '@/lib/domain/i18n';

const NO_APPROACH: Partial<Record<ProfileSnapshot['pageKind'], MessageKey>> = {
  self: 'popupOwnProfile',
  authwall: 'popupAuthwall',
};

/** The popup on a profile: who, how to ask, through whom, and the draft. */
export function ProfilePopup({ snapshot }: { snapshot: ProfileSnapshot }) {
  const [now] = useState(() => Date.now());
  const model = useProfileModel(snapshot, now);
  const [chosen, setChosen] = useState<IntroducerOption | undefined | null>(null);
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
      <ProfileHeader snapshot={snapshot} person={model.person} />
      <ApproachCard approach={model.approach} introducer={introducer} onIntroducer={setChosen} />
      {model.person?.kind !== 'target' && <AddTargetForm snapshot={snapshot} />}
      <DraftComposer snapshot={snapshot} model={model} introducer={introducer} now={now} />
      <YourDetails settings={model.settings} compact />
      <div className="row">
        <OpenSidePanelButton />
      </div>
    </>
  );
}
