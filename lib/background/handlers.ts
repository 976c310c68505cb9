import { findPersonByUrl } from '@/lib/store/people/people';
import { recordProfileView } from '@/lib/store/people/profile-view';
import { loadSettings } from '@/lib/store/settings/settings';
import type { InroadsDb } from '@/lib/store/database';
import { describeStorageError } from '@/lib/store/storage-errors';
import type { Person, ProfileSnapshot } from '@/lib/domain/model';
import type { ProfileStatus } from '@/lib/domain/protocol/protocol';
import type { Handlers } from './router';
import { summariseApproach } from './approach-summary';

export interface HandlerDeps {
  db: InroadsDb;
  now: () => number;
  /** Remembers which profile a tab shows, for the popup (storage.session). */
  rememberTab: (tabId: number, snapshot: ProfileSnapshot) => Promise<void>;
  /** Opens the popup for the tab, or the side panel where the browser cannot. */
  openInroads: (tabId: number) => Promise<'popup' | 'side-panel' | 'none'>;
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const { db, now } = deps;
  const status = async (snapshot: ProfileSnapshot, person: Person | undefined): Promise<ProfileStatus> => {
    const settings = await loadSettings(db);
    return {
      personId: person?.id,
      degree: person?.degree ?? snapshot.degree,
      tracked: person?.kind === 'target',
      stage: person?.stage,
      nextAction: person?.kind === 'target' ? person.nextAction : undefined,
      approach: await summariseApproach(db, snapshot, person, now()),
      badgeEnabled: settings.badgeEnabled,
    };
  };
  return {
    'profile-viewed': async ({ snapshot }, sender) => {
      await deps.rememberTab(sender.tabId, snapshot);
      // A database from a newer Inroads is read-only here: show what it knows.
      const person = await recordProfileView(db, snapshot, now()).catch(async (error: unknown) => {
        if (describeStorageError(error)?.kind === 'newer-database') return findPersonByUrl(db, snapshot.url);
        throw error;
      });
      return status(snapshot, person);
    },
    'profile-status': async ({ snapshot }) =>
      status(snapshot, snapshot.pageKind === 'profile' ? await findPersonByUrl(db, snapshot.url) : undefined),
    'badge-settings': async () => ({ badgeEnabled: (await loadSettings(db)).badgeEnabled }),
    'open-inroads': async (_request, sender) => ({ opened: await deps.openInroads(sender.tabId) }),
  };
}
