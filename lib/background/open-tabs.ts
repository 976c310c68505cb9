/**
 * Keeps the badges of open LinkedIn tabs true: when the person a tab shows
 * changes (a stage, a touch logged in the side panel, a correction made in
 * another window) or the settings the badge follows change (Quiet mode, the
 * badge, the time zone), the tab's content script is told to ask for its
 * status again. Tabs and their profiles come from the tab pages kept in
 * storage.session; the people are watched with one Dexie live query.
 */
import { liveQuery, type Subscription } from 'dexie';
import type { InroadsDb } from '@/lib/store/database';
import { loadSettings } from '@/lib/store/settings/settings';
import type { ContentRequest } from '@/lib/domain/protocol/protocol';
import type { Person } from '@/lib/domain/model';
import type { TabPage } from '@/lib/platform/tab-profiles';

export interface OpenTabsDeps {
  db: InroadsDb;
  /** Every tab's page, by tab id. */
  tabPages(): Promise<Map<number, TabPage>>;
  /** Calls back whenever a tab page changes. */
  onTabPagesChanged(listener: () => void): void;
  tell(tabId: number, message: ContentRequest): Promise<unknown>;
}

/** What the badge shows of a person or of the settings, as one comparable string (not lastSeenAt: a view is no change). */
const fingerprint = (value: unknown) => JSON.stringify(value ?? null);
const shown = (p: Person) => fingerprint([p.kind, p.stage, p.degree, p.userEdited, p.introducer, p.nextAction, p.name]);

export function refreshOpenTabs(deps: OpenTabsDeps): { stop(): void } {
  let subscription: Subscription | undefined;
  let stopped = false;
  const watch = async () => {
    const pages = await deps.tabPages();
    const tabsByUrl = new Map<string, number[]>();
    for (const [tabId, page] of pages) {
      if (page.state !== 'profile') continue;
      tabsByUrl.set(page.snapshot.url, [...(tabsByUrl.get(page.snapshot.url) ?? []), tabId]);
    }
    subscription?.unsubscribe();
    if (stopped || tabsByUrl.size === 0) return;
    let before: Map<string, string> | undefined;
    subscription = liveQuery(async () => {
      const [people, settings] = await Promise.all([
        deps.db.people.where('profileUrl').anyOf([...tabsByUrl.keys()]).toArray(),
        loadSettings(deps.db),
      ]);
      const seen = new Map(people.map((p) => [p.profileUrl!, shown(p)]));
      seen.set('', fingerprint([settings.quietMode, settings.badgeEnabled, settings.timeZone]));
      return seen;
    }).subscribe({
      next: (now) => {
        const previous = before;
        before = now;
        if (!previous) return;
        const settingsChanged = previous.get('') !== now.get('');
        for (const [url, tabs] of tabsByUrl) {
          if (!settingsChanged && previous.get(url) === now.get(url)) continue;
          for (const tabId of tabs) void deps.tell(tabId, { type: 'status-changed' }).catch(() => undefined);
        }
      },
      error: () => undefined,
    });
  };
  deps.onTabPagesChanged(() => void watch());
  void watch();
  return {
    stop() {
      stopped = true;
      subscription?.unsubscribe();
    },
  };
}
