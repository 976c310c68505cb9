import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach } from 'vitest';
import { fakeI18n } from '../i18n-messages';

// fakeBrowser leaves i18n unimplemented: give it the real English messages
// (reset() keeps these, as i18n has no state to reset).
Object.assign(fakeBrowser.i18n, fakeI18n());

beforeEach(() => {
  fakeBrowser.reset();
});
