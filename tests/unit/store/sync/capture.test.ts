import { describe, expect, it } from 'vitest';
import { openInroadsDb } from '@/lib/store/database';
import { addTarget } from '@/lib/store/use-cases/add-target';
import { updatePerson } from '@/lib/store/people/person-edit';
import { saveDraft } from '@/lib/store/settings/drafts';
import { saveSettings } from '@/lib/store/settings/settings-save';
import { importConnections } from '@/lib/store/directory/import-connections';
import { recomputeAllNextActions } from '@/lib/store/history/recompute-all';
import { turnSyncOff } from '@/lib/store/sync/setup';
import { device, NOW } from './sync-helpers';

const CSV = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,Byron,https://www.linkedin.com/in/ada-b,,Analytical,Engineer,01 Jun 2022\n';

describe('the storage-layer capture', () => {
  it('records nothing while sync is off (a fresh database, or after turning it off)', async () => {
    const db = openInroadsDb(`off-${Math.random()}`);
    await addTarget(db, { profileUrl: 'https://www.linkedin.com/in/jane/', name: 'Jane' }, NOW);
    expect(await db.outbox.count()).toBe(0);
    const on = await device();
    await turnSyncOff(on);
    await on.outbox.clear();
    await addTarget(on, { profileUrl: 'https://www.linkedin.com/in/jane/', name: 'Jane' }, NOW);
    expect(await on.outbox.count()).toBe(0);
  });

  it('records each change once, field by field, with the text a notes edit replaced', async () => {
    const db = await device();
    await db.outbox.clear();
    const jane = await addTarget(db, { profileUrl: 'https://www.linkedin.com/in/jane/', name: 'Jane' }, NOW);
    const [created] = await db.outbox.toArray();
    expect(created).toMatchObject({ t: 'people', k: jane.id, fresh: true, set: { name: 'Jane', kind: 'target' } });
    // Derived fields never travel.
    expect(created!.set).not.toHaveProperty('nextAction');
    await db.outbox.clear();
    await updatePerson(db, jane.id, { phone: '+44 1', notes: 'Met at the fair' }, NOW + 1);
    const [edit, ...rest] = await db.outbox.toArray();
    expect(rest).toEqual([]);
    expect(edit).toMatchObject({ t: 'people', k: jane.id, set: { phone: '+44 1', notes: 'Met at the fair' }, base: { notes: '' } });
  });

  it('leaves out what only this device keeps (drafts) and what is derived (next actions)', async () => {
    const db = await device();
    await db.outbox.clear();
    await saveDraft(db, 'https://www.linkedin.com/in/jane/', { templateId: 't', subject: '', body: 'Hi', edited: true, updatedAt: NOW });
    await addTarget(db, { profileUrl: 'https://www.linkedin.com/in/jane/', name: 'Jane' }, NOW);
    await db.outbox.clear();
    await recomputeAllNextActions(db, NOW + 30 * 86_400_000);
    expect(await db.outbox.count()).toBe(0);
    await saveSettings(db, { followUpDays: 5 });
    expect(await db.outbox.toArray()).toMatchObject([{ t: 'meta', k: 'settings', set: { followUpDays: 5 } }]);
  });

  it('sees the contact directory contact by contact, not bucket by bucket', async () => {
    const db = await device();
    await db.outbox.clear();
    const result = await importConnections(db, CSV, NOW);
    expect(result.ok).toBe(true);
    const changes = (await db.outbox.toArray()).filter((c) => c.t === 'connections');
    expect(changes).toMatchObject([{ t: 'connections', fresh: true, set: { name: 'Ada Byron', company: 'Analytical' } }]);
  });

  it('does not record what sync itself writes (transactions that hold syncRows)', async () => {
    const db = await device();
    await db.outbox.clear();
    await db.transaction('rw', [db.people, db.syncRows], async () => {
      await db.people.put({ id: 'x', kind: 'candidate', name: 'X', degree: 'unknown', mutuals: [], notes: '', userEdited: [], createdAt: NOW, updatedAt: NOW });
    });
    expect(await db.outbox.count()).toBe(0);
  });
});
