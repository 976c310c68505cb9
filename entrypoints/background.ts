import { liveQuery } from 'dexie';
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { getDb } from '@/lib/store';
import { createHandlers } from '@/lib/background/handlers';
import { createRouter } from '@/lib/background/router';
import { ADD_LINK_MENU, ADD_PAGE_MENU, createContextMenus, onAddTargetClick, SAVE_RESEARCH_MENU } from '@/lib/background/context-menus';
import { openInroads } from '@/lib/platform/open-inroads';
import { openWelcome } from '@/lib/platform/welcome';
import { onReminderAlarm, scheduleDailyReminder, scheduleReminders } from '@/lib/background/reminders';
import { loadSettings } from '@/lib/store/settings/settings';
import { saveResearchFromTab } from '@/lib/background/save-research';
import { allTabPages, forgetTab, onTabPagesChanged, rememberTabPage, type TabPage } from '@/lib/platform/tab-profiles';
import { refreshOpenTabs } from '@/lib/background/open-tabs';
import { countDueToday, refreshToolbarBadge, showTabDegree, showToolbarCount } from '@/lib/background/toolbar-badge';
import { startSyncTriggers } from '@/lib/background/sync/triggers';
import { hasOrigin } from '@/lib/platform/host-permission';

const rememberTab = (tabId: number, page: TabPage | undefined) =>
  page ? rememberTabPage(tabId, page) : forgetTab(tabId);

export default defineBackground(() => {
  const db = getDb();
  const now = () => Date.now();
  const route = createRouter(
    createHandlers({ db, now, rememberTab: rememberTab, openInroads, showTabDegree }),
    browser.runtime.id,
  );
  // Sync (off unless the user turned it on): its messages come from extension pages only.
  const sync = startSyncTriggers({ db, now, hasPermission: hasOrigin });
  browser.runtime.onMessage.addListener((message, sender) => sync.onMessage(message, sender) ?? route(message, sender));
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  // A full navigation: the tab shows no profile until the content script reads the new page.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void forgetTab(tabId);
  });

  browser.runtime.onInstalled.addListener((details) => {
    // First run only (not on updates): the method in five lines, Connections.csv, a first objective.
    if (details.reason === 'install') void openWelcome().catch(() => undefined);
    void createContextMenus();
    void scheduleReminders(db, now());
    void navigator.storage?.persist?.();
  });
  browser.runtime.onStartup.addListener(() => void scheduleReminders(db, now()));
  browser.alarms.onAlarm.addListener((alarm) => void onReminderAlarm(db, alarm.name, now()));
  browser.alarms.onAlarm.addListener((alarm) => sync.onAlarm(alarm.name));
  const onMenuClick = async (info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) => {
    if (info.menuItemId === ADD_LINK_MENU || info.menuItemId === ADD_PAGE_MENU) {
      const outcome = await onAddTargetClick(db, info, tab?.id, now());
      await refreshToolbarBadge(db, now());
      return outcome;
    }
    if (info.menuItemId === SAVE_RESEARCH_MENU && tab?.id !== undefined) return saveResearchFromTab(db, tab.id, now());
    return undefined;
  };
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClick(info, tab));
  // Browser tests drive the handler here (automation cannot click a native menu): in test builds only.
  if (__INROADS_TEST_HOOKS__) (globalThis as { inroadsMenuClick?: typeof onMenuClick }).inroadsMenuClick = onMenuClick;
  // Open LinkedIn tabs' badges follow changes made elsewhere (a stage, a correction, Quiet mode).
  refreshOpenTabs({
    db,
    tabPages: allTabPages,
    onTabPagesChanged,
    tell: (tabId, message) => browser.tabs.sendMessage(tabId, message, { frameId: 0 }),
  });
  // The toolbar count follows every change made by the popup or side panel while we run.
  liveQuery(() => countDueToday(db, now())).subscribe({ next: (count) => void showToolbarCount(count), error: () => undefined });
  // The daily reminder keeps 9:00 in the zone of Settings: set again when the zone changes.
  liveQuery(async () => (await loadSettings(db)).timeZone).subscribe({
    next: (timeZone) => void scheduleDailyReminder(now(), timeZone),
    error: () => undefined,
  });
});
