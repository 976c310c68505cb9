import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from '../e2e/paths';
import type { Measurement } from './measurement';

const gzKB = (files: string[]) =>
  files.reduce((sum, file) => sum + gzipSync(readFileSync(`${EXTENSION_DIR}/${file}`), { level: 9 }).length, 0) / 1024;

/** The JS an extension page loads before first paint: its module scripts and their static imports. */
export function initialScripts(html: string): string[] {
  const files = new Set<string>();
  const pending = [...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1]!);
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    const code = readFileSync(`${EXTENSION_DIR}/${file}`, 'utf8');
    // Static imports only (`import … from "./x.js"`); dynamic import() loads later.
    for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/?([^"']+\.js)["']/g)) {
      const dir = file.slice(0, file.lastIndexOf('/') + 1);
      pending.push(`${dir}${m[1]!.replace(/^\.\//, '')}`);
    }
  }
  return [...files];
}

export function bundleSizes(): Measurement[] {
  const manifest = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8'));
  const contentFiles: string[] = manifest.content_scripts.flatMap((script: { js: string[] }) => script.js);
  const popupFiles = initialScripts(readFileSync(`${EXTENSION_DIR}/popup.html`, 'utf8'));
  const round = (n: number) => Math.round(n * 10) / 10;
  return [
    { name: 'contentScriptGzKB', value: round(gzKB(contentFiles)), unit: 'KB', budget: 12 },
    { name: 'popupInitialGzKB', value: round(gzKB(popupFiles)), unit: 'KB', budget: 120 },
    { name: 'backgroundGzKB', value: round(gzKB([manifest.background.service_worker])), unit: 'KB' },
  ];
}
