import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startProfileVisits } from '@/lib/content/profile-visits';
import { answerContentRequest } from '@/lib/content/content-requests';
import { sendRequest } from '@/lib/content/send-request';

export default defineContentScript({
  // LinkedIn is a single-page app: match the whole site, react to in-page navigation.
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  main() {
    const visits = startProfileVisits({
      window,
      send: (request) => sendRequest((message) => browser.runtime.sendMessage(message), request),
      runtimeId: () => browser.runtime?.id,
      now: () => Date.now(),
    });
    browser.runtime.onMessage.addListener((message, sender) => {
      if (sender.id !== browser.runtime.id) return undefined;
      return answerContentRequest(document, message, visits.current());
    });
  },
});
