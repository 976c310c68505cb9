// `npm run bench` prints a table; `npm run bench -- --json` prints one JSON
// object: each measurement's value by name, plus `budgets` with the samples,
// budget and pass/fail of each. Run `npm run build` first (done for you).
import { spawnSync, type StdioOptions } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { bundleSizes } from '../tests/bench/bundle-sizes';
import { browserMeasurements } from '../tests/bench/browser';
import { syncMeasurements } from '../tests/bench/sync';
import { passes, type Measurement } from '../tests/bench/measurement';
import { installNodeI18n } from '../tests/i18n-messages';

// Seed data built here in Node gets its texts (next-action reasons) in English.
installNodeI18n();

const json = process.argv.includes('--json');
const log = (line: string) => (json ? process.stderr.write(`${line}\n`) : console.log(line));

// Sizes come from the production build; timings from a build with the test hooks, whose content
// script marks its work with User Timing entries (a production build leaves none on LinkedIn's page).
const outDir = process.env.INROADS_OUT_DIR ?? '.output';
const stdio: StdioOptions = json ? ['ignore', 'ignore', 'inherit'] : 'inherit';
const builds = [
  spawnSync('npx', ['wxt', 'build'], { stdio }),
  spawnSync('npx', ['wxt', 'build'], {
    stdio,
    env: { ...process.env, INROADS_TEST_HOOKS: '1', INROADS_OUT_DIR: `${outDir}-marks` },
  }),
];
if (builds.some((build) => build.status !== 0)) {
  console.error('Build failed; nothing measured.');
  process.exit(1);
}
log('Measuring…');
const marked = fileURLToPath(new URL(`../${outDir}-marks/chrome-mv3`, import.meta.url));
const measurements: Measurement[] = [
  ...bundleSizes(),
  ...(await browserMeasurements(log, marked)),
  ...(await syncMeasurements(log, marked)),
];

if (json) {
  const values = Object.fromEntries(measurements.map((m) => [m.name, m.value]));
  const budgets = Object.fromEntries(
    measurements.map((m) => [m.name, { unit: m.unit, budget: m.budget ?? null, pass: passes(m), runs: m.runs ?? null }]),
  );
  console.log(JSON.stringify({ ...values, budgets }));
} else {
  const rows = measurements.map((m) => [
    m.name,
    `${m.value} ${m.unit}`,
    m.budget === undefined ? '—' : `≤ ${m.budget} ${m.unit}`,
    m.budget === undefined ? '' : passes(m) ? 'pass' : 'FAIL',
    m.runs ? `median of ${m.runs.length}` : '',
  ]);
  const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...rows.map((r) => r[i]!.length), 8));
  console.log(['measurement', 'value', 'budget', 'result', 'runs'].map((h, i) => h.padEnd(widths[i]!)).join('  '));
  for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
}
process.exit(measurements.every(passes) ? 0 : 2);
