import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** The source files an entry loads before first paint: its chunk and what that imports statically. */
async function firstPaintInputs(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    format: 'esm',
    write: false,
    metafile: true,
    outdir: 'out',
    jsx: 'automatic',
    loader: { '.css': 'empty', '.json': 'json' },
    logLevel: 'silent',
  });
  const outputs = result.metafile.outputs;
  // The entry's own chunk (lazily imported modules are entry points of their own chunks too).
  const start = Object.keys(outputs).find((name) => outputs[name]!.entryPoint === entry)!;
  const seen = new Set<string>();
  const pending = [start];
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    for (const i of outputs[name]!.imports) if (i.kind === 'import-statement') pending.push(i.path);
  }
  return [...seen].flatMap((name) => Object.keys(outputs[name]!.inputs));
}

const SCHEMAS =
  /node_modules\/zod\/|lib\/domain\/model\/(zod|settings|person|touch|meeting|template|snapshot|research-clip)\.ts$/;

// popupInitialGzKB (≤ 120 KB, npm run bench): the schemas (zod, ~11 KB gzipped)
// are needed only to write, so the popup loads them when the user acts.
describe('the popup first paint', () => {
  it('loads no zod and no schema module', async () => {
    const inputs = await firstPaintInputs('entrypoints/popup/main.tsx');
    expect(inputs.some((f) => f.includes('popup'))).toBe(true);
    expect(inputs.filter((f) => SCHEMAS.test(f))).toEqual([]);
  }, 30_000);

  it('loads no schema upgrade and no cadence engine (they load when a database needs an upgrade, or on a write)', async () => {
    const inputs = await firstPaintInputs('entrypoints/popup/main.tsx');
    expect(inputs.filter((f) => /lib\/store\/upgrade|lib\/domain\/cadence\/cadence\.ts$|use-cases\//.test(f))).toEqual(
      [],
    );
  }, 30_000);

  it('loads the contact directory’s look-ups (the approach needs them) but not the Connections.csv import nor backups', async () => {
    const inputs = await firstPaintInputs('entrypoints/popup/main.tsx');
    expect(inputs).toContain('lib/store/directory/connections.ts');
    expect(
      inputs.filter((f) =>
        /lib\/store\/directory\/(import-\w+|restore-\w+)\.ts$|lib\/store\/backup\/|lib\/domain\/formats\/(connections|backup)\//.test(
          f,
        ),
      ),
    ).toEqual([]);
  }, 30_000);

  it('loads no sync engine: only the capture every writer needs (merge, crypto, batches, WebDAV and the runner load elsewhere)', async () => {
    const inputs = await firstPaintInputs('entrypoints/popup/main.tsx');
    expect(inputs).toContain('lib/store/sync/capture.ts');
    expect(
      inputs.filter((f) =>
        /lib\/domain\/sync\/(merge|crypto|batch|stamp|hlc|status)\.ts$|lib\/store\/sync\/(apply|project|stamp-outbox|reconcile|setup)\.ts$|lib\/platform\/webdav\.ts$|lib\/background\//.test(
          f,
        ),
      ),
    ).toEqual([]);
  }, 30_000);
});

// The side panel opens on the follow-ups (sidepanelFollowupsFirstPaintMs) or the Companies view
// (companiesViewFirstPaintMs): its writes (Done, Snooze, Move on) load their schemas on the click.
describe('the side panel first paint', () => {
  it('loads no zod and no schema module', async () => {
    const inputs = await firstPaintInputs('entrypoints/sidepanel/main.tsx');
    expect(inputs).toContain('components/sidepanel/follow-ups/FollowUpsView.tsx');
    expect(inputs).toContain('components/sidepanel/companies/CompaniesView.tsx');
    expect(inputs.filter((f) => SCHEMAS.test(f))).toEqual([]);
  }, 30_000);
});
