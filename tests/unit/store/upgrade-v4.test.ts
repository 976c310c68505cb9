/**
 * Schema v4: sentences stored in the interface language become codes. A
 * version-3 database (the checked-in fixture, plus the notes the v3 code
 * wrote) upgrades to next actions with reason codes and touches whose
 * app-written notes are codes; the user's own notes stay as typed.
 */
import { describe, expect, it } from 'vitest';
import { openInroadsDb } from '@/lib/store/database';
import { NextAction, Touch } from '@/lib/domain/model';
import { reasonText } from '@/lib/domain/labels';
import { loadDbFixtures } from '../../fixtures/db/db-fixtures';
import { createRawDb, deleteRawDb } from '../../fixtures/db/raw-idb';
import { storesOfVersion } from '../../fixtures/db/db-fixtures';

const v3 = loadDbFixtures().find((fixture) => fixture.version === 3)!;
type Row = Record<string, unknown>;

describe('the schema-v4 upgrade', () => {
  it('gives every target a next action with a reason code, and turns the notes Inroads wrote into codes', async () => {
    const touches = v3.rows.touches as Row[];
    const person = (v3.rows.people as Row[]).find((p) => p.kind === 'target')!;
    const rows = {
      ...v3.rows,
      touches: [
        ...touches,
        { id: 'zz-done', personId: person.id, kind: 'follow-up', at: 1, channel: 'other', note: 'Marked done from the follow-up list.', createdAt: 1 },
        { id: 'zz-intro', personId: person.id, kind: 'introduction-request', at: 2, channel: 'linkedin', note: 'Introducer: Laetitia', createdAt: 2 },
        { id: 'zz-own', personId: person.id, kind: 'reply', at: 3, channel: 'email', note: 'Introducer: ask Sam first', createdAt: 3 },
      ],
    };
    const legacy = (v3.rows.people as Row[]).filter((p) => typeof (p.nextAction as Row | undefined)?.reason === 'string');
    expect(legacy.length).toBeGreaterThan(3);

    const name = `inroads-v4-${Math.random().toString(36).slice(2)}`;
    await createRawDb(name, v3.idbVersion, storesOfVersion(3), rows);
    const db = openInroadsDb(name);
    const people = await db.people.toArray();
    for (const target of people.filter((p) => p.kind === 'target' && p.stage !== 'declined')) {
      expect(NextAction.parse(target.nextAction), target.name).toBeTruthy();
      expect(reasonText(target.nextAction!.reason)).toContain(target.name);
      expect(target.nextActionAt).toBe(target.nextAction!.due);
    }
    const byId = new Map((await db.touches.toArray()).map((t) => [t.id, t]));
    expect(byId.get('zz-done')).toMatchObject({ appNote: { code: 'marked-done', params: [] } });
    expect(byId.get('zz-done')).not.toHaveProperty('note');
    expect(byId.get('zz-intro')).toMatchObject({ appNote: { code: 'introducer', params: ['Laetitia'] } });
    expect(byId.get('zz-own')).toMatchObject({ note: 'Introducer: ask Sam first' });
    expect(byId.get('zz-own')).not.toHaveProperty('appNote');
    for (const touch of byId.values()) expect(Touch.safeParse(touch).success, touch.id).toBe(true);
    db.close();
    await deleteRawDb(name);
  });
});
