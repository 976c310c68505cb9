// @vitest-environment node
/** `npm run -s extract -- <saved-page.html> [--url <page-url>]` (scripts/extract.mjs → scripts/extract.ts). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ProfileSnapshot } from '@/lib/domain/model/snapshot';
import { FIXTURES, SYNTHETIC } from './fixture-pages';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SLOW = 120_000;

function extract(...args: string[]) {
  const run = spawnSync(process.execPath, ['scripts/extract.mjs', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 100_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('extract CLI', () => {
  it(
    'prints exactly one ProfileSnapshot JSON object and nothing else',
    () => {
      const run = extract(`${FIXTURES}2018-12-pv-top-card-v2-1st-degree-highlights-mutual.html`);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const snapshot = ProfileSnapshot.parse(JSON.parse(run.stdout));
      expect(snapshot).toMatchObject({
        url: 'https://www.linkedin.com/in/theo-marchetti-2cdd19/',
        publicId: 'theo-marchetti-2cdd19',
        pageKind: 'profile',
        name: 'Theo Marchetti',
        degree: '1st',
        mutualCount: 16,
        primaryAction: 'message',
      });
      expect(snapshot.mutuals.map((m) => m.name)).toEqual(['Callum Pereira', 'Antoine Lafleur-Brisson']);
    },
    SLOW,
  );

  it(
    'uses --url when given (and normalises it)',
    () => {
      const run = extract(
        `${SYNTHETIC}2026-sdui-2nd-degree-mutuals.html`,
        '--url',
        'https://se.linkedin.com/in/Amara-Lindqvist-5b2e91?trk=x',
      );
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({
        url: 'https://www.linkedin.com/in/amara-lindqvist-5b2e91/',
        degree: '2nd',
        mutualCount: 7,
      });
    },
    SLOW,
  );

  it(
    '--explain prints the snapshot and the evidence behind each field, without names from the page',
    () => {
      const run = extract(`${SYNTHETIC}2026-sdui-1st-degree.html`, '--explain');
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const out = JSON.parse(run.stdout) as { snapshot: unknown; evidence: Record<string, { by: string }> };
      expect(ProfileSnapshot.parse(out.snapshot)).toMatchObject({ degree: '1st', mutualCount: 12 });
      expect(out.evidence.degree?.by).toMatch(/bare badge of the name line/);
      const evidence = JSON.stringify(out.evidence);
      for (const name of ['Noor', 'Gian Luca', 'Sahar', 'Tobias', 'Harper']) expect(evidence).not.toContain(name);
    },
    SLOW,
  );

  it(
    'keeps hostile page text as text and lists what it could not find',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'inroads-extract-'));
      const page = join(dir, 'page.html');
      writeFileSync(
        page,
        '<html><body><main><section class="pv-top-card"><h1>&lt;img src=x onerror=alert(1)&gt;<script>process.exit(9)</script></h1>' +
          '<a href="/in/jane-doe-1a2b3c/overlay/contact-info/">Contact info</a></section></main></body></html>',
      );
      const run = extract(page);
      expect(run.code).toBe(0);
      const snapshot = ProfileSnapshot.parse(JSON.parse(run.stdout));
      expect(snapshot).toMatchObject({
        url: 'https://www.linkedin.com/in/jane-doe-1a2b3c/',
        name: '<img src=x onerror=alert(1)>',
      });
      expect(snapshot.missing).toEqual(expect.arrayContaining(['headline', 'degree', 'mutualCount']));

      const blank = join(dir, 'blank.html');
      writeFileSync(blank, '<p>nothing here</p>');
      const none = JSON.parse(extract(blank).stdout);
      expect(none).toMatchObject({ url: '', publicId: '', pageKind: 'not-profile' });
      expect(none.missing).toEqual(expect.arrayContaining(['url', 'publicId', 'name']));
      rmSync(dir, { recursive: true, force: true });
    },
    SLOW,
  );

  it(
    'exits non-zero with a message on stderr for an unreadable file or bad arguments',
    () => {
      const missing = extract(join(tmpdir(), 'no-such-page-inroads.html'));
      expect(missing.code).not.toBe(0);
      expect(missing.stdout).toBe('');
      expect(missing.stderr).toMatch(/cannot read/);
      const noFile = extract();
      expect(noFile.code).not.toBe(0);
      expect(noFile.stderr).toMatch(/usage/);
    },
    SLOW,
  );
});
