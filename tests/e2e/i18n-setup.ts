// Seed data is built in Node with the app's own functions (tests/fixtures/demo),
// whose texts come through lib/domain/i18n.ts: give them the English messages.
import { installNodeI18n } from '../i18n-messages';

installNodeI18n();
