/** "Copy diagnostics": the person's snapshot and the evidence behind it; no page content, nobody else's names. */
import { describe, expect, it } from 'vitest';
import { pageDiagnostics } from '@/lib/content/diagnostics';
import { loadExpected, parse, readPage, SYNTHETIC } from './fixture-pages';

describe('pageDiagnostics', () => {
  it.each(loadExpected(SYNTHETIC).filter(([, e]) => e.mutualNames.length > 0))(
    '%s: mutual connections only as counts, no page markup',
    (file, expected) => {
      const html = readPage(`${SYNTHETIC}${file}`);
      const report = pageDiagnostics(parse(html, expected.url), expected.url, 'UA');
      const text = JSON.stringify(report);
      expect(report.snapshot.mutuals.named).toBe(expected.mutualNames.length);
      for (const name of expected.mutualNames) expect(text).not.toContain(name);
      expect(text).not.toMatch(/\b(class|href|componentkey|style)="/); // no page markup
      expect(report.snapshot.url).toBe(expected.url);
      expect(Object.keys(report.evidence).length).toBeGreaterThan(3);
    },
  );
});
