/**
 * Schema v4: sentences stored in the interface language become codes. A
 * version-3 database (the checked-in fixture, plus the notes the v3 code
 * wrote) upgrades to next actions with reason codes and touches whose
 * app-written notes are codes; the user's own notes stay as typed.
 * Schema v5: a released v4 database with dates outside 1990–2200 and a draft
 * under a long URL comes within what a backup restores, and round-trips.
 */
import { describe, expect, it } from 'vitest';
import { openInroadsDb } from '@/lib/store/database';
import { NextAction, Touch } from '@/lib/domain/model';
import { reasonText } from '@/lib/domain/labels';
import { loadDbFixtures } from '../../fixtures/db/db-fixtures';
import { createRawDb, deleteRawDb } from '../../fixtures/db/raw-idb';
import { saveSettings } from '@/lib/store/settings/settings-save';
import { recomputeAllNextActions } from '@/lib/store/history/recompute-all';
import { expectRoundTrip } from './restore-backup';
import { loadDraft } from '@/lib/store/settings/drafts';
import { storesOfVersion } from '../../fixtures/db/db-fixtures';

const v3 = loadDbFixtures().find((fixture) => fixture.version === 3)!;
/** The released version 4 (before the one contract): what the v5 upgrade repairs. */
const v4 = loadDbFixtures().find((fixture) => fixture.version === 4)!;
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

describe('the schema-v5 upgrade brings every row of a released v4 database within what a backup restores', () => {
  const DAY = 86_400_000;
  const thai = `https://www.linkedin.com/in/${encodeURIComponent('สมชายใจดีมากมายหลายคน')}/`;

  it('rekeys drafts by a hash, repairs dates outside 1990–2200, and the database then round-trips', async () => {
    const people = structuredClone(v4.rows.people as Row[]);
    const touches = structuredClone(v4.rows.touches as Row[]);
    const meetings = structuredClone(v4.rows.meetings as Row[]);
    const connections = structuredClone(v4.rows.connections as Row[]);
    const target = people.find((p) => p.kind === 'target')!;
    target.snoozedUntil = 1e16;
    touches[0]!.at = 1e16;
    meetings[0]!.at = Date.UTC(20245, 0, 1);
    const contact = (connections[0]!.contacts as Row[])[0]!;
    contact.connectedOn = 5;
    const meta = [
      ...(v4.rows.meta as Row[]),
      { key: `draft:${thai}`, value: { templateId: 't', subject: '', body: 'ร่าง', edited: true, updatedAt: 1_741_860_000_000 } },
    ];
    const name = `inroads-v5-dates-${Math.random().toString(36).slice(2)}`;
    await createRawDb(name, v4.idbVersion, storesOfVersion(4), { ...v4.rows, people, touches, meetings, connections, meta });
    const db = openInroadsDb(name);
    expect(await loadDraft(db, thai)).toMatchObject({ body: 'ร่าง' });
    expect((await db.meta.toArray()).every((row) => row.key.length <= 200)).toBe(true);
    expect(await db.people.get(target.id as string)).not.toHaveProperty('snoozedUntil');
    expect((await db.touches.get(touches[0]!.id as string))?.at).toBe(touches[0]!.createdAt);
    expect((await db.meetings.get(meetings[0]!.id as string))?.at).toBe(meetings[0]!.createdAt);
    const stored = (await db.connections.get(connections[0]!.bucket as number))!.contacts;
    expect(stored.find((c) => c.name === contact.name)).not.toHaveProperty('connectedOn');
    // Every other date is as it was.
    const byId = new Map((await db.touches.toArray()).map((t) => [t.id, t]));
    for (const touch of touches.slice(1)) expect(byId.get(touch.id as string)?.at).toBe(touch.at);

    const now = (v4.rows.people as Row[]).reduce((max, p) => Math.max(max, p.updatedAt as number), 0) + DAY;
    // As the app runs after the upgrade: settings saved once (defaults of newer fields filled), what is owed recomputed at now.
    await saveSettings(db, {});
    await recomputeAllNextActions(db, now);
    await expectRoundTrip(db, now);
    db.close();
    await deleteRawDb(name);
  });

  it('leaves every date of the realistic fixtures as it was (all within the range)', async () => {
    for (const fixture of loadDbFixtures().filter((f) => f.version < 5)) {
      const name = `inroads-v5-same-${fixture.version}-${Math.random().toString(36).slice(2)}`;
      await createRawDb(name, fixture.idbVersion, storesOfVersion(fixture.version), fixture.rows);
      const db = openInroadsDb(name);
      await db.open();
      const dates = (rows: unknown[] | undefined, fields: string[]) =>
        (rows ?? []).map((row) => fields.map((f) => (row as Row)[f]));
      for (const [table, fields] of [
        ['touches', ['id', 'at', 'promisedFollowUpAt', 'createdAt']],
        ['meetings', ['id', 'at', 'notesWrittenAt', 'createdAt', 'updatedAt']],
        ['clips', ['id', 'savedAt']],
      ] as const) {
        const upgraded = await db.table(table).toArray();
        expect(dates(upgraded, [...fields]).sort(), `${fixture.file} ${table}`).toEqual(
          dates(fixture.rows[table], [...fields]).sort(),
        );
      }
      const people = await db.people.toArray();
      const fields = ['id', 'connectedOn', 'snoozedUntil', 'targetedAt', 'lastSeenAt', 'createdAt', 'updatedAt'];
      expect(dates(people, fields).sort(), fixture.file).toEqual(dates(fixture.rows.people, fields).sort());
      db.close();
      await deleteRawDb(name);
    }
  });
});
