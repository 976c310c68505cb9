import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startProfileVisits } from '@/lib/content/profile-visits';
import { answerContentRequest } from '@/lib/content/content-requests';
import { sendRequest } from '@/lib/content/send-request';

/**
 * The LinkedIn content script, declared in wxt.config.ts (LINKEDIN_CONTENT_SCRIPT). An unlisted
 * script rather than WXT's content-script entrypoint: that one wraps main() in a context which
 * announces itself to the page (window.postMessage carrying the extension id, readable by
 * LinkedIn's scripts) and weighs about 0.8 KB gzipped of the content script's 12 KB budget.
 */
export default defineUnlistedScript({
  main() {
    const visits = startProfileVisits({
      window,
      send: (request) => sendRequest((message) => browser.runtime.sendMessage(message), request),
      runtimeId: () => browser.runtime?.id,
      now: () => Date.now(),
    });
    browser.runtime.onMessage.addListener((message, sender) => {
      if (sender.id !== browser.runtime.id) return undefined;
      return answerContentRequest(document, message, visits);
    });
  },
});
