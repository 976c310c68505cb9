import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const EXTENSION_DIR = `${ROOT}${process.env.INROADS_OUT_DIR ?? '.output'}/chrome-mv3`;
export const FIXTURES_DIR = `${ROOT}tests/fixtures`;
/** The production build (`npm run build`), which the browser tests' own build (with test hooks) stands in for. */
export const PRODUCTION_DIR = `${ROOT}.output/chrome-mv3`;
