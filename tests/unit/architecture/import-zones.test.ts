/**
 * The import zones in eslint.config.js hold: a forbidden import fails lint,
 * an allowed one passes (run through ESLint's own API with the project config).
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restricted(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = x;\n`, { filePath: file });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((m) => m.message);
}

const FORBIDDEN: Array<[string, string]> = [
  ['lib/domain/approach/x.ts', "import { x } from '@/lib/store/database';"],
  ['lib/domain/approach/x.ts', "import { x } from 'dexie';"],
  ['lib/domain/approach/x.ts', "import { x } from 'react';"],
  ['lib/domain/approach/x.ts', "import { x } from 'wxt/browser';"],
  ['lib/domain/approach/x.ts', "import { x } from '@/components/shared/labels';"],
  ['lib/domain/approach/x.ts', "import { x } from '../cadence/cadence';"],
  ['lib/content/read/x.ts', "import { x } from 'dexie';"],
  ['lib/content/read/x.ts', "import { x } from 'react';"],
  ['lib/content/read/x.ts', "import { x } from '@/lib/store/people/people';"],
  ['lib/content/read/x.ts', "import { x } from 'zod';"],
  ['lib/content/read/x.ts', "import { x } from '@/lib/domain/model';"],
  ['lib/content/read/x.ts', "import { x } from '@/lib/domain/model/snapshot';"],
  ['lib/content/read/x.ts', "import { x } from '@/lib/domain/protocol/schemas';"],
  ['lib/content/read/x.ts', "import { x } from '@/lib/background/router';"],
  ['lib/store/people/x.ts', "import { x } from '@/components/shared/labels';"],
  ['lib/store/people/x.ts', "import { x } from '@/lib/content/read';"],
  ['components/popup/X.tsx', "import { x } from '@/components/sidepanel/use-route';"],
  ['components/sidepanel/person/X.tsx', "import { x } from '@/components/popup/DraftActions';"],
  ['components/shared/X.tsx', "import { x } from '@/components/popup/DraftActions';"],
  ['components/sidepanel/person/X.tsx', "import { x } from '@/lib/background/router';"],
  ['components/popup/X.tsx', "import { x } from '@/lib/content/badge/view';"],
];

const ALLOWED: Array<[string, string]> = [
  ['lib/domain/approach/x.ts', "import { x } from '@/lib/domain/model';"],
  ['lib/domain/i18n.ts', "import { x } from 'wxt/browser';"],
  ['lib/content/read/x.ts', "import type { x } from '@/lib/domain/model';"],
  ['lib/content/read/x.ts', "import { x } from '@/lib/domain/model/constants';"],
  ['lib/content/read/x.ts', "import { x } from '@/lib/domain/labels';"],
  ['lib/store/people/x.ts', "import { x } from 'dexie';"],
  ['lib/background/x.ts', "import { x } from '@/lib/store/database';"],
  ['components/popup/X.tsx', "import { x } from '@/components/shared/labels';"],
  ['components/sidepanel/person/X.tsx', "import { x } from '@/lib/store/people/people';"],
  ['entrypoints/popup/main.tsx', "import { x } from '@/components/popup/PopupApp';"],
];

// The first lint loads ESLint and the whole config (seconds on a busy 2-core machine): a cold start, not a limit.
const COLD_START_MS = 60_000;

describe('import zones (eslint.config.js)', () => {
  it.each(FORBIDDEN)('%s may not: %s', async (file, code) => {
    expect(await restricted(file, code)).toHaveLength(1);
  }, COLD_START_MS);
  it.each(ALLOWED)('%s may: %s', async (file, code) => {
    expect(await restricted(file, code)).toEqual([]);
  }, COLD_START_MS);
});
