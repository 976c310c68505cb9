import { useState } from 'react';
import type { ProfileSnapshot } from '../../lib/model';
import type { IntroducerOption } from '../../lib/outreach/approach-types';
import { OpenSidePanelButton } from '../OpenSidePanelButton';
import { YourDetails } from '../YourDetails';
import { AddTargetForm } from './AddTargetForm';
import { ApproachCard } from './ApproachCard';
import { DraftComposer } from './DraftComposer';
import { ProfileHeader } from './ProfileHeader';
import { useProfileModel } from './use-profile-model';

const NO_APPROACH: Partial<Record<ProfileSnapshot['pageKind'], string>> = {
  self: 'This is your own profile. Open someone else’s profile to get an approach and a draft.',
  authwall: 'LinkedIn is showing the signed-out page. Sign in to LinkedIn so Inroads can read the degree and mutual connections.',
};

/** The popup on a profile: who, how to ask, through whom, and the draft. */
export function ProfilePopup({ snapshot }: { snapshot: ProfileSnapshot }) {
  const [now] = useState(() => Date.now());
  const model = useProfileModel(snapshot, now);
  const [chosen, setChosen] = useState<IntroducerOption | undefined | null>(null);
  if (!model) return <p aria-busy="true">Loading…</p>;
  const blocked = NO_APPROACH[snapshot.pageKind];
  if (blocked) {
    return (
      <>
        <h1>Inroads</h1>
        <p className="card">{blocked}</p>
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
