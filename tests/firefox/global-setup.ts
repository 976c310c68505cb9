import { existsSync } from 'node:fs';
import { findFirefox } from './firefox-profile';
import { FIREFOX_EXTENSION_DIR } from './paths';

/** Fails fast, with the fix in the message, before any Firefox test runs. */
export default function setup(): void {
  findFirefox();
  if (!existsSync(`${FIREFOX_EXTENSION_DIR}/manifest.json`)) {
    throw new Error(`No Firefox build at ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\` first.`);
  }
}
