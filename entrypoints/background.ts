import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { getDb } from '../lib/db';
import { createHandlers } from '../lib/messaging/handlers';
import { createRouter } from '../lib/messaging/router';
import { openInroads } from '../lib/platform/open-inroads';
import { forgetTab, rememberTabProfile } from '../lib/platform/tab-profiles';

export default defineBackground(() => {
  const db = getDb();
  const route = createRouter(
    createHandlers({ db, now: () => Date.now(), rememberTab: rememberTabProfile, openInroads }),
    browser.runtime.id,
  );
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
});
