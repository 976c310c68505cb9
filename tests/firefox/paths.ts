import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** `npx wxt build -b firefox --mv3` writes here (beside the Chromium build, which it leaves alone). */
export const FIREFOX_EXTENSION_DIR = `${ROOT}${process.env.INROADS_OUT_DIR ?? '.output'}/firefox-mv3`;
export const FIXTURES_DIR = `${ROOT}tests/fixtures`;
/** browser_specific_settings.gecko.id in wxt.config.ts. */
export const FIREFOX_ADDON_ID = 'inroads@inroads.invalid';
