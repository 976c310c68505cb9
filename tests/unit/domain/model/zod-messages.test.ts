/**
 * zod's English messages survive the extension's bundler. zod sets them in a
 * module its package marks free of side effects, and rolldown (WXT's bundler)
 * dropped that call: in the shipped build every problem read "Invalid input".
 * lib/domain/model/zod.ts sets them itself; this bundles both ways as the
 * build does (rolldown, minified) and runs the result.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rolldown } from 'rolldown';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../../..');
const dir = mkdtempSync(join(tmpdir(), 'inroads-zod-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SCHEMA = `
const Row = z.object({ phone: z.string().max(3), when: z.number() });
export const messages = () => Row.safeParse({ phone: 'abcd', when: 'soon' }).error.issues.map((i) => i.message);
`;

/** Bundles `source` (an entry in the repository root) like the build, then runs it. */
async function bundled(name: string, source: string): Promise<{ code: string; messages: string[] }> {
  const entry = `\0entry-${name}`;
  const bundle = await rolldown({
    input: entry,
    cwd: root,
    logLevel: 'silent',
    resolve: { alias: { '@': root } },
    plugins: [
      {
        name: 'entry',
        resolveId: (id) => (id === entry ? id : null),
        load: (id) => (id === entry ? source : null),
      },
    ],
  });
  const { output } = await bundle.generate({ format: 'esm', minify: true });
  const code = output[0].code;
  const file = join(dir, `${name}.mjs`);
  writeFileSync(file, code);
  const mod = (await import(pathToFileURL(file).href)) as { messages: () => string[] };
  return { code, messages: mod.messages() };
}

describe('zod messages in the build', () => {
  it('are lost when zod is only configured by its own package (the shipped bug: "Invalid input")', async () => {
    const { messages } = await bundled('bare', `import { z } from 'zod';\nz.config({ jitless: true });\n${SCHEMA}`);
    expect(messages).toEqual(['Invalid input', 'Invalid input']);
  }, 60_000);

  it('are English words through lib/domain/model/zod.ts', async () => {
    const { messages } = await bundled('ours', `import { z } from '@/lib/domain/model/zod';\n${SCHEMA}`);
    expect(messages[0]).toMatch(/Too big: expected string to have <=3 characters/);
    expect(messages[1]).toMatch(/expected number, received string/);
  }, 60_000);
});
