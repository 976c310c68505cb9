/** Two devices in fake-indexeddb, changes carried between them as batches would carry them. */
import { describe, expect, it } from 'vitest';
import { addTarget } from '@/lib/store/use-cases/add-target';
import { updatePerson, deletePerson } from '@/lib/store/people/person-edit';
import { deleteTouch, logTouch } from '@/lib/store/history/touches';
import { saveSettings } from '@/lib/store/settings/settings-save';
import { importConnections } from '@/lib/store/directory/import-connections';
import { loadConnections } from '@/lib/store/directory/connections';
import { otherVersions } from '@/lib/store/sync/versions';
import { carry, device, exchange, NOW, outgoing, tablesOf, testKey } from './sync-helpers';
import { applyIncoming, statesOfChanges } from '@/lib/store/sync/apply';
import { turnSyncOff, turnSyncOn } from '@/lib/store/sync/setup';
import { exportBackup } from '@/lib/store/backup/backup-io';
import { parseBackup } from '@/lib/domain/formats/backup/backup';

const JANE = 'https://www.linkedin.com/in/jane/';

describe('two devices', () => {
  it('a target added on A appears on B, with the same next action', async () => {
    const [a, b] = [await device('a'), await device('b')];
    const jane = await addTarget(a, { profileUrl: JANE, name: 'Jane Roe' }, NOW);
    await carry(a, [b]);
    const onB = await b.people.get(jane.id);
    expect(onB).toEqual(await a.people.get(jane.id));
    expect(onB?.nextAction).toBeDefined();
  });

  it('A edits the phone while B edits the notes of the same person: both kept', async () => {
    const [a, b] = [await device('a'), await device('b')];
    const jane = await addTarget(a, { profileUrl: JANE, name: 'Jane Roe' }, NOW);
    await exchange([a, b]);
    await updatePerson(a, jane.id, { phone: '+44 20 7946 0000' }, NOW + 1000);
    await updatePerson(b, jane.id, { notes: 'Prefers mornings.' }, NOW + 2000);
    await exchange([a, b]);
    for (const db of [a, b]) expect(await db.people.get(jane.id)).toMatchObject({ phone: '+44 20 7946 0000', notes: 'Prefers mornings.' });
    expect(await tablesOf(a)).toEqual(await tablesOf(b));
  });

  it('B deletes a touch: gone on A; and a deleted person goes with their touches', async () => {
    const [a, b] = [await device('a'), await device('b')];
    const jane = await addTarget(a, { profileUrl: JANE, name: 'Jane Roe' }, NOW);
    const touch = await logTouch(a, { personId: jane.id, kind: 'request', at: NOW, channel: 'email' }, NOW);
    await exchange([a, b]);
    expect(await b.touches.get(touch.id)).toBeDefined();
    await deleteTouch(b, touch.id, NOW + 5);
    await exchange([a, b]);
    expect(await a.touches.get(touch.id)).toBeUndefined();
    await logTouch(b, { personId: jane.id, kind: 'request', at: NOW, channel: 'email' }, NOW + 6);
    await exchange([a, b]);
    await deletePerson(a, jane.id);
    await exchange([a, b]);
    expect(await b.people.count()).toBe(0);
    expect(await b.touches.count()).toBe(0);
  });

  it('the same notes edited on both: both versions kept, the later shown, the other offered', async () => {
    const [a, b] = [await device('a'), await device('b')];
    const jane = await addTarget(a, { profileUrl: JANE, name: 'Jane Roe' }, NOW);
    await updatePerson(a, jane.id, { notes: 'Met at the fair.' }, NOW + 1);
    await exchange([a, b]);
    await updatePerson(a, jane.id, { notes: 'Met at the fair. Has two kids.' }, NOW + 10);
    await updatePerson(b, jane.id, { notes: 'Met at the fair. Works remotely.' }, NOW + 20);
    await exchange([a, b]);
    const shown = (await a.people.get(jane.id))!.notes;
    expect((await b.people.get(jane.id))!.notes).toBe(shown);
    const others = await otherVersions(a, 'people', jane.id);
    expect([shown, ...others.map((v) => v.v)].sort()).toEqual(['Met at the fair. Has two kids.', 'Met at the fair. Works remotely.']);
    expect(await otherVersions(b, 'people', jane.id)).toEqual(others);
  });

  it('the contact directory and the settings travel too', async () => {
    const [a, b] = [await device('a'), await device('b')];
    const csv = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,Byron,https://www.linkedin.com/in/ada-b,,Analytical,Engineer,01 Jun 2022\n';
    await importConnections(a, csv, NOW);
    await saveSettings(a, { followUpDays: 9, myName: 'Sam' });
    await exchange([a, b]);
    expect(await loadConnections(b)).toEqual(await loadConnections(a));
    expect((await b.meta.get('settings'))?.value).toMatchObject({ followUpDays: 9, myName: 'Sam' });
  });

  it('applying the same batch twice changes nothing', async () => {
    const [a, b] = [await device('a'), await device('b')];
    await addTarget(a, { profileUrl: JANE, name: 'Jane Roe' }, NOW);
    const { applyIncoming, statesOfChanges } = await import('@/lib/store/sync/apply');
    const changes = await carry(a, [b]);
    const before = await tablesOf(b);
    const again = await applyIncoming(b, statesOfChanges(changes), NOW);
    expect(again.changed).toBe(0);
    expect(await tablesOf(b)).toEqual(before);
  });
});

describe('the same profile first viewed on two devices', () => {
  it('keeps both people, the smaller id with the profile URL, on every device; deleting that one hands the URL over', async () => {
    const [a, b] = [await device('a'), await device('b')];
    const onA = await addTarget(a, { profileUrl: JANE, name: 'Jane on A' }, NOW);
    const onB = await addTarget(b, { profileUrl: JANE, name: 'Jane on B' }, NOW);
    await exchange([a, b]);
    expect(await a.people.count()).toBe(2);
    expect(await tablesOf(a)).toEqual(await tablesOf(b));
    const [first, second] = [onA.id, onB.id].sort();
    expect((await a.people.get(first!))?.profileUrl).toBe(JANE);
    expect((await a.people.get(second!))?.profileUrl).toBeUndefined();
    await deletePerson(a, first!);
    await exchange([a, b]);
    for (const db of [a, b]) expect((await db.people.get(second!))?.profileUrl).toBe(JANE);
    expect(await tablesOf(a)).toEqual(await tablesOf(b));
  });
});

describe('companies and objectives', () => {
  it('travel too: an objective and its company on A appear on B, the person there gets the company key on B', async () => {
    const { saveCompany } = await import('@/lib/store/companies/companies');
    const { createObjective } = await import('@/lib/store/objectives/objectives');
    const [a, b] = [await device('a'), await device('b')];
    const objective = await createObjective(a, { kind: 'company', title: 'Health tech design' }, NOW);
    await saveCompany(a, { name: 'Northwind Health Inc.', objectiveId: objective.id, notes: 'Design team in Stockholm' }, NOW);
    const jane = await addTarget(a, { profileUrl: JANE, name: 'Jane Roe' }, NOW);
    await updatePerson(a, jane.id, { company: 'Northwind Health' }, NOW + 1000);
    await exchange([a, b]);
    expect(await b.objectives.toArray()).toEqual(await a.objectives.toArray());
    expect(await b.companies.toArray()).toEqual(await a.companies.toArray());
    expect((await b.companies.toArray()).map((c) => c.key)).toEqual(['northwind health']);
    expect((await b.people.get(jane.id))?.companyKey).toBe('northwind health');
  });
});

describe('a touch whose person is not there', () => {
  const backupRestores = async (db: Parameters<typeof exportBackup>[0]) => {
    const parsed = parseBackup(await exportBackup(db, NOW + 10_000));
    expect(parsed.ok, parsed.ok ? '' : parsed.error.message).toBe(true);
  };

  it('A deletes the person after B logged a touch for them: the touch is kept out of both databases, and both backups restore', async () => {
    const [a, b] = [await device('a'), await device('b')];
    const jane = await addTarget(a, { profileUrl: JANE, name: 'Jane Roe' }, NOW);
    await exchange([a, b]);
    await logTouch(b, { personId: jane.id, kind: 'reply', at: NOW + 1000, channel: 'email' }, NOW + 1000);
    const fromB = await outgoing(b, NOW + 1000);
    await deletePerson(a, jane.id);
    const fromA = await outgoing(a, NOW + 5000);
    await applyIncoming(a, statesOfChanges(fromB), NOW + 5000);
    await applyIncoming(b, statesOfChanges(fromA), NOW + 5000);
    await exchange([a, b], NOW + 6000);
    for (const db of [a, b]) {
      expect([db === a ? 'a' : 'b', await db.people.count(), await db.touches.count()]).toEqual([db === a ? 'a' : 'b', 0, 0]);
      await backupRestores(db);
    }
  });

  it('B logs a touch after A deleted the person (B had not heard): whichever wins, both devices agree and both backups restore', async () => {
    const [a, b] = [await device('a'), await device('b')];
    const jane = await addTarget(a, { profileUrl: JANE, name: 'Jane Roe' }, NOW);
    await exchange([a, b]);
    await deletePerson(a, jane.id);
    const fromA = await outgoing(a, NOW + 1000);
    await logTouch(b, { personId: jane.id, kind: 'reply', at: NOW + 5000, channel: 'email' }, NOW + 5000);
    const fromB = await outgoing(b, NOW + 5000);
    await applyIncoming(a, statesOfChanges(fromB), NOW + 5000);
    await applyIncoming(b, statesOfChanges(fromA), NOW + 5000);
    await exchange([a, b], NOW + 6000);
    expect(await tablesOf(a)).toEqual(await tablesOf(b));
    for (const db of [a, b]) await backupRestores(db);
  });

  it('a touch that arrives before its person waits for them, then appears', async () => {
    const [a, b, c] = [await device('a'), await device('b'), await device('c')];
    const jane = await addTarget(a, { profileUrl: JANE, name: 'Jane Roe' }, NOW);
    const fromA = await outgoing(a);
    await applyIncoming(b, statesOfChanges(fromA), NOW);
    const touch = await logTouch(b, { personId: jane.id, kind: 'reply', at: NOW + 1000, channel: 'email' }, NOW + 1000);
    // C gets B's batch first: the touch has no person there yet.
    await carry(b, [c]);
    expect(await c.touches.count()).toBe(0);
    await backupRestores(c);
    await applyIncoming(c, statesOfChanges(fromA), NOW);
    expect(await c.touches.get(touch.id)).toEqual(await b.touches.get(touch.id));
    expect((await c.people.get(jane.id))?.stage).toBe((await b.people.get(jane.id))?.stage);
  });
});

describe('changes made while sync was off', () => {
  it('are the newest when sync is turned on again: a setting and a phone changed meanwhile reach the other device and stay', async () => {
    const [a, b] = [await device('a'), await device('b')];
    const jane = await addTarget(a, { profileUrl: JANE, name: 'Jane Roe' }, NOW);
    await updatePerson(a, jane.id, { phone: '+44 1' }, NOW + 1000);
    await saveSettings(a, { timeZone: 'Europe/London' });
    await exchange([a, b]);
    await turnSyncOff(a);
    await saveSettings(a, { timeZone: 'Pacific/Auckland' });
    await updatePerson(a, jane.id, { phone: '' }, NOW + 2000);
    await turnSyncOn(a, { folder: 'https://dav.example/files/', user: 'me', password: 'pw', cryptoKey: await testKey(), keysId: 'salt' }, NOW + 3000);
    await exchange([a, b], NOW + 3000);
    await saveSettings(b, { followUpDays: 9 });
    await exchange([a, b], NOW + 4000);
    for (const db of [a, b]) {
      expect((await db.meta.get('settings'))?.value).toMatchObject({ timeZone: 'Pacific/Auckland', followUpDays: 9 });
      expect((await db.people.get(jane.id))?.phone ?? '').toBe('');
    }
  });
});
