#!/usr/bin/env node
// Builds the Firefox add-on and runs Mozilla's linter (web-ext lint / addons-linter)
// on it: zero errors required. Prints warnings for the record.
import { spawnSync } from 'node:child_process';

const outDir = process.env.INROADS_OUT_DIR ?? '.output';
const build = spawnSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) {
  console.error('Firefox build failed');
  process.exit(1);
}
const lint = spawnSync('npx', ['web-ext', 'lint', '--source-dir', `${outDir}/firefox-mv3`, '--output', 'json', '--no-config-discovery'], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
let report;
try {
  report = JSON.parse(lint.stdout);
} catch {
  console.error(`web-ext lint gave no report:\n${lint.stderr}`);
  process.exit(1);
}
const { errors, warnings } = report.summary;
for (const e of report.errors) console.log(`error   ${e.code} ${e.file ?? ''} ${e.message}`);
for (const w of report.warnings) console.log(`warning ${w.code} ${w.file ?? ''} ${w.message}`);
console.log(`web-ext lint: ${errors} errors, ${warnings} warnings`);
process.exit(errors === 0 ? 0 : 1);
