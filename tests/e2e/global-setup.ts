import { existsSync } from 'node:fs';
import { findChromium } from './chromium-path';
import { EXTENSION_DIR } from './paths';

/** Fails fast, with the fix in the message, before any browser test runs. */
export default function setup(): void {
  findChromium();
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
}
