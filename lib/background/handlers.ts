import { findPersonByUrl } from '@/lib/store/people/people';
import { recordProfileView } from '@/lib/store/people/profile-view';
import { loadSettings } from '@/lib/store/settings/settings';
import type { InroadsDb } from '@/lib/store/database';
import { describeStorageError } from '@/lib/store/storage-errors';
import { effectiveDegree } from '@/lib/domain/approach/effective';
import { usableTimeZone } from '@/lib/domain/cadence/calling-days';
import { isStorableDate } from '@/lib/domain/model/limits';
import type { Degree, Person, ProfileSnapshot } from '@/lib/domain/model';
import type { ProfileStatus } from '@/lib/domain/protocol/protocol';
import type { TabPage } from '@/lib/platform/tab-profiles';
import type { Handlers } from './router';
import { summariseApproach } from './approach-summary';

export interface HandlerDeps {
  db: InroadsDb;
  now: () => number;
  /** Remembers what a tab shows, for the popup (storage.session); undefined forgets it. */
  rememberTab: (tabId: number, page: TabPage | undefined) => Promise<void>;
  /** Opens the popup for the tab, or the side panel where the browser cannot. */
  openInroads: (tabId: number) => Promise<'popup' | 'side-panel' | 'none'>;
  /** Quiet mode: the toolbar icon of this tab shows the degree (undefined: back to the follow-up count). */
  showTabDegree: (tabId: number, degree: Degree | undefined) => Promise<void>;
}

/** The badge's due day, in the zone of Settings (the content script shows it as it is). */
function dueLabel(due: number | undefined, timeZone: string): { nextActionDueLabel?: string } {
  if (!isStorableDate(due)) return {};
  const options = { weekday: 'short', day: 'numeric', month: 'short', timeZone: usableTimeZone(timeZone) } as const;
  return { nextActionDueLabel: new Intl.DateTimeFormat(undefined, options).format(due) };
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const { db, now } = deps;
  const status = async (snapshot: ProfileSnapshot, person: Person | undefined): Promise<ProfileStatus> => {
    const settings = await loadSettings(db);
    const { degree, source } = effectiveDegree(snapshot, person);
    return {
      personId: person?.id,
      degree,
      degreeSource: source,
      tracked: person?.kind === 'target',
      stage: person?.stage,
      nextAction: person?.kind === 'target' ? person.nextAction : undefined,
      ...dueLabel(person?.kind === 'target' ? person.nextAction?.due : undefined, settings.timeZone),
      approach: await summariseApproach(db, snapshot, person, now()),
      badgeEnabled: settings.badgeEnabled && !settings.quietMode,
      quietMode: settings.quietMode,
    };
  };
  const withToolbar = async (tabId: number, result: ProfileStatus) => {
    await deps.showTabDegree(tabId, result.quietMode ? result.degree : undefined).catch(() => undefined);
    return result;
  };
  return {
    'profile-viewed': async ({ snapshot }, sender) => {
      await deps.rememberTab(sender.tabId, { state: 'profile', snapshot });
      // A database from a newer Inroads is read-only here: show what it knows.
      const person = await recordProfileView(db, snapshot, now()).catch(async (error: unknown) => {
        if (describeStorageError(error)?.kind === 'newer-database') return findPersonByUrl(db, snapshot.url);
        throw error;
      });
      return withToolbar(sender.tabId, await status(snapshot, person));
    },
    'profile-status': async ({ snapshot }, sender) =>
      withToolbar(
        sender.tabId,
        await status(snapshot, snapshot.pageKind === 'profile' ? await findPersonByUrl(db, snapshot.url) : undefined),
      ),
    'badge-settings': async () => {
      const settings = await loadSettings(db);
      return { badgeEnabled: settings.badgeEnabled && !settings.quietMode };
    },
    'open-inroads': async (_request, sender) => ({ opened: await deps.openInroads(sender.tabId) }),
    'page-state': async ({ state, url }, sender) => {
      const page: TabPage | undefined = state === 'left' || !url ? undefined : { state, url };
      await deps.rememberTab(sender.tabId, page);
      await deps.showTabDegree(sender.tabId, undefined).catch(() => undefined);
      return { ok: true as const };
    },
  };
}
