import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { EXTENSION_DIR, PRODUCTION_DIR } from './paths';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const scripts = () => files(EXTENSION_DIR).filter((f) => /\.(js|html)$/.test(f));

describe('the built bundles', () => {
  it('generate no code at run time (no eval, no Function constructor, no string timers)', () => {
    for (const file of scripts()) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/\beval\s*\(/);
      expect(code, file).not.toMatch(/\bnew\s+Function\b|\bFunction\s*\(/);
      expect(code, file).not.toMatch(/set(Timeout|Interval)\(\s*["'`]/);
    }
  });

  it('load no remote code', () => {
    for (const file of scripts()) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/importScripts\s*\(/);
      expect(code, file).not.toMatch(/<script[^>]+src=["']https?:/i);
      expect(code, file).not.toMatch(/import\(\s*["'`]https?:/);
    }
  });

  it('keep React, Dexie and zod out of the content script', () => {
    const manifest = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8'));
    for (const file of manifest.content_scripts.flatMap((s: { js: string[] }) => s.js)) {
      const code = readFileSync(`${EXTENSION_DIR}/${file}`, 'utf8');
      expect(code).not.toMatch(/react\.(element|transitional)|__reactFiber/);
      expect(code).not.toMatch(/Dexie|IDBKeyRange/);
      expect(code).not.toMatch(/ZodError|\$ZodType/);
    }
  });

  it('carry no test hook in the production build (only INROADS_TEST_HOOKS=1 builds have one)', () => {
    expect(existsSync(`${PRODUCTION_DIR}/manifest.json`), 'run `npm run build` first').toBe(true);
    const code = files(PRODUCTION_DIR).filter((f) => /\.js$/.test(f)).map((f) => readFileSync(f, 'utf8'));
    expect(code.length).toBeGreaterThan(3);
    expect(code.filter((text) => text.includes('inroadsMenuClick'))).toEqual([]);
    // Nor any User Timing entry left on LinkedIn's page by the content script (those are for the bench).
    const manifest = JSON.parse(readFileSync(`${PRODUCTION_DIR}/manifest.json`, 'utf8'));
    for (const file of manifest.content_scripts.flatMap((s: { js: string[] }) => s.js)) {
      const content = readFileSync(`${PRODUCTION_DIR}/${file}`, 'utf8');
      expect(content).not.toMatch(/performance\.(mark|measure)/);
    }
  });
});
