/**
 * Version-2 files (sentences in the interface language) still restore: the
 * 2 → 3 step turns the notes Inroads wrote into codes and drops next actions
 * worded as sentences (restore recomputes every target's, as codes).
 * tests/fixtures/backup/v2.json was written by the released version-2 code
 * (the realistic database, plus a follow-up marked done and an introduction
 * request through an introducer known only by name).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '@/lib/domain/formats/backup/backup';
import { upgradeBackup } from '@/lib/domain/formats/backup/versions';
import { reasonText } from '@/lib/domain/labels';

const V2_TEXT = readFileSync(join(__dirname, '../../../fixtures/backup/v2.json'), 'utf8');
type Row = Record<string, unknown>;
const V2 = JSON.parse(V2_TEXT) as Row & { people: Row[]; touches: Row[] };

describe('a version-2 backup', () => {
  it('parses as the latest version, notes Inroads wrote as codes and nothing else changed', () => {
    expect(V2.version).toBe(2);
    const result = parseBackup(V2_TEXT);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.backup.version).toBe(4);
    const touches = result.tables.touches;
    expect(touches).toHaveLength(V2.touches.length);
    const done = touches.filter((t) => t.appNote?.code === 'marked-done');
    const introducer = touches.filter((t) => t.appNote?.code === 'introducer');
    expect(done).toHaveLength(1);
    expect(done[0]).not.toHaveProperty('note');
    expect(introducer.map((t) => t.appNote?.params)).toEqual([['Laetitia']]);
    for (const [i, touch] of touches.entries()) {
      const { note: _n, appNote: _a, ...rest } = touch;
      const { note: _on, ...original } = V2.touches[i]!;
      expect(rest).toEqual(original);
    }
  });

  it('drops next actions worded as sentences and keeps every other field of every person', () => {
    const result = parseBackup(V2_TEXT);
    if (!result.ok) throw new Error(result.error.message);
    expect(V2.people.filter((p) => p.nextAction).length).toBeGreaterThan(3);
    expect(result.tables.people.filter((p) => p.nextAction)).toEqual([]);
    for (const [i, person] of result.tables.people.entries()) {
      const { nextAction: _a, nextActionAt: _b, ...original } = V2.people[i]!;
      expect(person).toEqual(original);
    }
  });

  it('never turns junk into valid tables, and keeps a user’s own note that merely looks like ours', () => {
    for (const junk of ['people', 7, null]) {
      expect(upgradeBackup({ version: 2, people: junk, touches: junk })).toMatchObject({
        ok: true,
        file: { people: junk, touches: junk },
      });
    }
    const own = { id: 't', kind: 'reply', channel: 'email', note: 'Introducer: Sam' };
    const doneByHand = { id: 'u', kind: 'call', channel: 'phone', note: 'Marked done from the follow-up list.' };
    const upgraded = upgradeBackup({ version: 2, touches: [own, doneByHand] });
    expect(upgraded.ok && upgraded.file.touches).toEqual([own, doneByHand]);
  });

  it('words a recomputed reason in the interface language', () => {
    expect(reasonText({ code: 'follow-up-first', params: ['Ann'] })).toMatch(/^No answer from Ann yet/);
    expect(reasonText({ code: 'thank-introducer', params: ['', 'Ann'] })).toContain('whoever introduced you');
    expect(reasonText({ code: 'hard-stop', params: [5, 'Ann'] })).toContain('5');
  });
});
