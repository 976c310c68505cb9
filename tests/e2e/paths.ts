import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const EXTENSION_DIR = `${ROOT}${process.env.INROADS_OUT_DIR ?? '.output'}/chrome-mv3`;
export const FIXTURES_DIR = `${ROOT}tests/fixtures`;
