import { recordProfileView } from '../db/people';
import { loadSettings } from '../db/settings';
import type { InroadsDb } from '../db/database';
import type { Person, ProfileSnapshot } from '../model';
import type { ProfileStatus } from './protocol';
import type { Handlers } from './router';
import { summariseApproach } from './approach-summary';

export interface HandlerDeps {
  db: InroadsDb;
  now: () => number;
  /** Remembers which profile a tab shows, for the popup (storage.session). */
  rememberTab: (tabId: number, snapshot: ProfileSnapshot) => Promise<void>;
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const { db, now } = deps;
  return {
    'profile-viewed': async ({ snapshot }, sender) => {
      const person = await recordProfileView(db, snapshot, now());
      await deps.rememberTab(sender.tabId, snapshot);
      const settings = await loadSettings(db);
      return profileStatus(snapshot, person, settings.badgeEnabled, await summariseApproach(db, snapshot, person, now()));
    },
    'badge-settings': async () => ({ badgeEnabled: (await loadSettings(db)).badgeEnabled }),
  };
}

function profileStatus(
  snapshot: ProfileSnapshot,
  person: Person | undefined,
  badgeEnabled: boolean,
  approach: ProfileStatus['approach'],
): ProfileStatus {
  return {
    personId: person?.id,
    degree: person?.degree ?? snapshot.degree,
    tracked: person?.kind === 'target',
    stage: person?.stage,
    nextAction: person?.kind === 'target' ? person.nextAction : undefined,
    approach,
    badgeEnabled,
  };
}
