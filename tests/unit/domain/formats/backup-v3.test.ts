/**
 * Version-3 files still restore, within what Inroads stores now: the 3 → 4
 * step repairs dates outside 1990–2200 and keys drafts by a hash of the URL.
 * tests/fixtures/backup/v3.json was written by the released version-3 code
 * (commit cb906aa): the realistic database, plus what that code let a user
 * store — a phone with two numbers (52 characters), a touch dated by a typo
 * (year 20245) and a draft under a long Thai profile URL.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '@/lib/domain/formats/backup/backup';
import { BACKUP_VERSION } from '@/lib/domain/formats/backup/versions';
import { draftKey } from '@/lib/domain/model/draft-key';

const V3_TEXT = readFileSync(join(__dirname, '../../../fixtures/backup/v3.json'), 'utf8');
type Row = Record<string, unknown>;
const V3 = JSON.parse(V3_TEXT) as Row & { people: Row[]; touches: Row[]; meta: Row[]; exportedAt: string };
const THAI_URL = `https://www.linkedin.com/in/${encodeURIComponent('สมชายใจดีมากมายเหลือเกินจริงๆนะครับผม')}/`;

describe('a version-3 backup', () => {
  it('parses as the latest version, the typo date repaired and every other touch unchanged', () => {
    expect(V3.version).toBe(3);
    const result = parseBackup(V3_TEXT);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.backup.version).toBe(BACKUP_VERSION);
    const typo = V3.touches.findIndex((t) => (t.at as number) > Date.UTC(2200, 0, 1));
    expect(typo).toBeGreaterThanOrEqual(0);
    for (const [i, touch] of result.tables.touches.entries()) {
      if (i === typo) expect(touch.at).toBe(V3.touches[i]!.createdAt);
      else expect(touch).toEqual(V3.touches[i]);
    }
  });

  it('keeps the long phone and every person as written', () => {
    const result = parseBackup(V3_TEXT);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.tables.people.map((p) => p.phone).filter(Boolean)).toEqual(['+44 20 7946 0000 (office) / +44 7700 900123 (mobile)']);
    expect(result.tables.people).toHaveLength(V3.people.length);
  });

  it('keys the Thai draft by a hash of its URL, the URL kept beside its text', () => {
    expect(V3.meta.some((row) => row.key === `draft:${THAI_URL}`)).toBe(true);
    const result = parseBackup(V3_TEXT);
    if (!result.ok) throw new Error(result.error.message);
    const draft = result.tables.meta.find((row) => row.key === draftKey(THAI_URL));
    expect(draft?.value).toMatchObject({ body: 'สวัสดีครับ' });
    expect(result.tables.meta.some((row) => String(row.key).length > 200)).toBe(false);
  });

  it('adds no companies or objectives (version 4 adds the tables)', () => {
    const result = parseBackup(V3_TEXT);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.tables.companies).toEqual([]);
    expect(result.tables.objectives).toEqual([]);
  });
});
