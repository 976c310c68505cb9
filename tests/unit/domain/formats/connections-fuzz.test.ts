import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConnectionsCsv } from '@/lib/domain/formats/connections/connections-csv';
import { anyCsvText } from './connections-arbitraries';

const CANONICAL = /^https:\/\/www\.linkedin\.com\/in\/[^/?#\s]+\/$/;

describe('parseConnectionsCsv under fuzzing', () => {
  it('never throws: gives rows and skipped lines, or an error naming a line with a message', () => {
    fc.assert(
      fc.property(anyCsvText, (text) => {
        const result = parseConnectionsCsv(text);
        if (!result.ok) {
          expect(Number.isInteger(result.error.line) && result.error.line >= 0).toBe(true);
          expect(result.error.message.trim()).not.toBe('');
          return;
        }
        for (const row of result.rows) {
          expect(row.line).toBeGreaterThanOrEqual(1);
          expect(typeof row.name).toBe('string');
          if (row.profileUrl !== undefined) expect(row.profileUrl).toMatch(CANONICAL);
          if (row.connectedOn !== undefined) expect(Number.isFinite(row.connectedOn)).toBe(true);
        }
        for (const skipped of result.skipped) expect(skipped.reason.trim()).not.toBe('');
      }),
      { numRuns: 400 },
    );
  });
});
