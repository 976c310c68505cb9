import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBackup, parseBackup } from '@/lib/domain/formats/backup/backup';
import {
  BACKUP_FILE_MAX_BYTES,
  BACKUP_MAX_DEPTH,
  backupFileTooLarge,
  excessiveNesting,
} from '@/lib/domain/formats/backup/limits';
import { sampleTables } from './backup-sample';

const NOW = Date.UTC(2024, 4, 30);
const TOO_DEEP = `The file nests data more than ${BACKUP_MAX_DEPTH} levels deep; an Inroads backup never does, so it is damaged or not a backup.`;
const nested = (depth: number, inner = '') => '['.repeat(depth) + inner + ']'.repeat(depth);
/** A valid backup whose settings-free meta row holds `value` (z.unknown(): any JSON passes the schema). */
const withMetaValue = (value: string, key = 'x') => {
  const text = JSON.stringify(buildBackup({ ...sampleTables(), meta: [{ key, value: 0 }] }, NOW));
  return text.replace('"value":0', `"value":${value}`);
};

function refusal(text: string) {
  const result = parseBackup(text);
  if (result.ok) throw new Error('expected the backup to be refused');
  return result.error;
}

describe('parseBackup refuses deeply nested JSON in words, never with a stack overflow', () => {
  it.each([
    ['100,000 nested arrays as the whole file', nested(100_000)],
    ['100,000 nested arrays in a meta value', withMetaValue(nested(100_000))],
    // A \u escape makes JSON.parse run the reviver, which recurses.
    ['the same with a \\u escape in the file', withMetaValue(nested(100_000), 'x\\u0041')],
    ['100,000 nested objects', withMetaValue(`${'{"a":'.repeat(100_000)}0${'}'.repeat(100_000)}`)],
  ])('%s', (_name, text) => {
    const error = refusal(text);
    expect(error).toEqual({ code: 'invalid', message: TOO_DEEP });
    expect(error.message).not.toMatch(/call stack/i);
  });

  it('accepts nesting up to the limit (a meta value sits 3 levels deep: file, meta, row)', () => {
    expect(parseBackup(withMetaValue(nested(BACKUP_MAX_DEPTH - 3))).ok).toBe(true);
    expect(refusal(withMetaValue(nested(BACKUP_MAX_DEPTH - 2))).message).toBe(TOO_DEEP);
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    const brackets = JSON.stringify(`say \\"${'['.repeat(500)}" \\ ${'{'.repeat(500)}`);
    expect(parseBackup(withMetaValue(brackets)).ok).toBe(true);
  });
});

describe('excessiveNesting', () => {
  const depthOf = (value: unknown): number =>
    typeof value === 'object' && value !== null ? 1 + Math.max(0, ...Object.values(value).map(depthOf)) : 0;

  it('agrees with the depth of any JSON value (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), fc.integer({ min: 0, max: 9 }), (value, limit) => {
        const text = JSON.stringify(value);
        expect(excessiveNesting(text, limit) >= 0).toBe(depthOf(value) > limit);
      }),
      { numRuns: 500 },
    );
  });

  it('gives where the limit is first passed, and -1 for an unterminated string', () => {
    expect(excessiveNesting('[[[1]]]', 2)).toBe(2);
    expect(excessiveNesting('["[[[[', 1)).toBe(-1);
  });
});

describe('the backup size limit, in words', () => {
  it('refuses a file over 500 MB by its size alone', () => {
    expect(BACKUP_FILE_MAX_BYTES).toBe(500_000_000);
    expect(backupFileTooLarge(BACKUP_FILE_MAX_BYTES)).toBeNull();
    expect(backupFileTooLarge(700_000_000)).toBe(
      'The file is 700.0 MB, over 500 MB — an Inroads backup of 30,000 people is about 25 MB, so this is not a backup Inroads can read.',
    );
  });
});
