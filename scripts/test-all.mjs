#!/usr/bin/env node
// The one gate: typecheck, lint, unit tests, builds, browser tests (Chromium, then Firefox).
// Runs every step (so one failure does not hide another), exits non-zero if
// any failed, and ends with one line: "N passed, N failed" (all suites).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const resultsDir = '.test-results';
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

const vitest = (name, config) => [
  'npx',
  ['vitest', 'run', ...(config ? ['-c', config] : []), '--reporter=default', '--reporter=json', `--outputFile.json=${resultsDir}/${name}.json`],
];
const E2E_BUILD = { INROADS_TEST_HOOKS: '1', INROADS_OUT_DIR: '.output-e2e' };
const steps = [
  { name: 'typecheck', cmd: ['npx', ['tsc', '--noEmit']] },
  { name: 'lint', cmd: ['npx', ['eslint', '.', '--max-warnings=0']] },
  { name: 'unit', cmd: vitest('unit'), suite: true },
  // The production build (.output/chrome-mv3), and a test build with the test hooks (.output-e2e) that the
  // Chromium tests drive; the bundle-safety test checks the production one has no hook.
  { name: 'build', cmd: ['npx', ['wxt', 'build']] },
  { name: 'build-e2e', cmd: ['npx', ['wxt', 'build']], env: E2E_BUILD },
  { name: 'e2e', cmd: vitest('e2e', 'vitest.e2e.config.ts'), suite: true, needs: 'build-e2e', env: E2E_BUILD },
  // The Firefox build goes to .output/firefox-mv3, beside (not over) the Chromium one.
  { name: 'build-firefox', cmd: ['npx', ['wxt', 'build', '-b', 'firefox', '--mv3']] },
  { name: 'firefox', cmd: vitest('firefox', 'vitest.firefox.config.ts'), suite: true, needs: 'build-firefox' },
  { name: 'firefox-lint', cmd: ['node', ['scripts/firefox-lint.mjs']], counts: true },
];

let passed = 0;
let failed = 0;
const failures = [];
const done = new Map();
for (const step of steps) {
  if (step.needs && !done.get(step.needs)) {
    console.log(`\n▶ ${step.name}: skipped, because ${step.needs} failed`);
    failed += 1;
    failures.push(step.name);
    continue;
  }
  console.log(`\n▶ ${step.name}`);
  const started = Date.now();
  const [bin, args] = step.cmd;
  const run = spawnSync(bin, args, { stdio: 'inherit', env: { ...process.env, ...step.env, FORCE_COLOR: '0' } });
  const ok = run.status === 0;
  done.set(step.name, ok);
  console.log(`◀ ${step.name}: ${ok ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (step.suite) {
    const file = `${resultsDir}/${step.name}.json`;
    const report = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
    passed += report?.numPassedTests ?? 0;
    failed += report?.numFailedTests ?? 0;
    if (!ok && !(report?.numFailedTests > 0)) failed += 1; // the suite itself failed to run
  } else if (step.counts) {
    // A gate that is itself one test (e.g. the Firefox add-on passes web-ext lint).
    if (ok) passed += 1;
    else failed += 1;
  } else if (!ok) {
    failed += 1;
  }
  if (!ok) failures.push(step.name);
}

if (failures.length > 0) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failures.length > 0 ? 1 : 0);
