/**
 * "Never lose a byte": what the app writes always restores. Each case is a
 * reproduction of the issue — data written through the app's own functions
 * made its backup impossible to restore — and now either restores exactly or
 * is refused at the write, in words naming the field.
 */
import { describe, expect, it } from 'vitest';
import { expectRoundTrip } from './restore-backup';
import { updatePerson } from '@/lib/store/people/person-edit';
import { addTarget } from '@/lib/store/use-cases/add-target';
import { recordReferrals } from '@/lib/store/use-cases/record-referrals';
import { scheduleMeeting } from '@/lib/store/history/meetings';
import { logTouch } from '@/lib/store/history/touches';
import { loadDraft, saveDraft } from '@/lib/store/settings/drafts';
import { saveSettings } from '@/lib/store/settings/settings-save';
import { PERSON_LIMITS } from '@/lib/domain/model/limits';
import type { InroadsDb } from '@/lib/store/database';
import { freshDb } from '../helpers';
import { dumpDb } from './backup-fixtures';

const NOW = Date.UTC(2025, 2, 13, 10);
const LONG_PHONE = '+44 20 7946 0000 (office) / +44 7700 900123 (mobile)';

async function jane(db: InroadsDb) {
  return addTarget(db, { profileUrl: 'https://www.linkedin.com/in/jane-doe/', name: 'Jane Doe' }, NOW - 1000);
}

/** A refusal in words, naming the field; nothing written. */
async function expectRefused(db: InroadsDb, write: () => Promise<unknown>, words: RegExp): Promise<void> {
  const before = await dumpDb(db);
  const error = await write().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toMatchObject({ name: 'InroadsError', code: 'storeInvalid' });
  expect((error as { params: string[] }).params[0]).toMatch(words);
  expect((error as { params: string[] }).params[0]).not.toMatch(/[{}[\]"]|too_big|Invalid input/);
  expect(await dumpDb(db)).toEqual(before);
}

describe('what the person form writes restores', () => {
  it('a phone with two numbers and words (52 characters; the limit was 50)', async () => {
    const db = freshDb();
    const person = await jane(db);
    await updatePerson(db, person.id, { phone: LONG_PHONE }, NOW);
    expect((await db.people.get(person.id))?.phone).toBe(LONG_PHONE);
    await expectRoundTrip(db, NOW);
  });

  it.each([
    ['notes', PERSON_LIMITS.notes, /^Notes: at most 100,000 characters \(this one has 100,001\)$/],
    ['name', PERSON_LIMITS.name, /^Name: at most 300 characters \(this one has 301\)$/],
    ['headline', PERSON_LIMITS.headline, /^Headline: at most 1,000 characters/],
    ['email', PERSON_LIMITS.email, /^Email: at most 320 characters/],
    ['phone', PERSON_LIMITS.phone, /^Phone: at most 200 characters/],
  ] as const)('%s: at the limit it restores; past it the write is refused in words', async (field, limit, words) => {
    const db = freshDb();
    const person = await jane(db);
    await updatePerson(db, person.id, { [field]: 'x'.repeat(limit) }, NOW);
    await expectRoundTrip(db, NOW);
    await expectRefused(db, () => updatePerson(db, person.id, { [field]: 'y'.repeat(limit + 1) }, NOW), words);
  });

  it('an objective over 500 characters, from Add as target or the person page, is refused; at 500 it restores', async () => {
    const db = freshDb();
    const detail = 'é'.repeat(PERSON_LIMITS.objectiveDetail + 1);
    await expectRefused(
      db,
      () =>
        addTarget(
          db,
          { profileUrl: 'https://www.linkedin.com/in/bo/', name: 'Bo', objective: { kind: 'role', detail } },
          NOW,
        ),
      /^What you want to learn: at most 500 characters \(this one has 501\)$/,
    );
    const person = await jane(db);
    await expectRefused(
      db,
      () => updatePerson(db, person.id, { objective: { kind: 'company', detail } }, NOW),
      /at most 500/,
    );
    await updatePerson(db, person.id, { objective: { kind: 'company', detail: detail.slice(1) } }, NOW);
    await expectRoundTrip(db, NOW);
  });

  it('referrals from a meeting: a name over 300 is refused; the rest restores', async () => {
    const db = freshDb();
    const person = await jane(db);
    const meeting = await scheduleMeeting(
      db,
      { personId: person.id, at: NOW - 3600_000, mode: 'video' },
      NOW - 7200_000,
    );
    await expectRefused(
      db,
      () => recordReferrals(db, meeting.id, [{ name: 'N'.repeat(301), nameAllowed: true }], NOW),
      /^Name: at most 300 characters/,
    );
    await recordReferrals(
      db,
      meeting.id,
      [{ name: 'Ana Silva', company: 'C'.repeat(300), nameAllowed: false, checkBackAt: NOW + 86_400_000 }],
      NOW,
    );
    await expectRoundTrip(db, NOW);
  });

  it('settings: your phone with two numbers restores; past 200 it is refused in words', async () => {
    const db = freshDb();
    await saveSettings(db, { myPhone: LONG_PHONE });
    await expectRoundTrip(db, NOW);
    await expectRefused(
      db,
      () => saveSettings(db, { myPhone: '1'.repeat(201) }),
      /^Your phone: at most 200 characters/,
    );
  });
});

describe('drafts', () => {
  // A 20-letter Thai slug: 180 characters percent-encoded; `draft:` + the URL passed the 200 a meta key may have.
  const THAI = `https://www.linkedin.com/in/${encodeURIComponent('สมชายใจดีมากมายหลายคน')}/`;

  it('a draft for a profile with a Thai slug restores, under a key of fixed length', async () => {
    const db = freshDb();
    expect(`draft:${THAI}`.length).toBeGreaterThan(200);
    await saveDraft(db, THAI, {
      templateId: 'direct-ask',
      subject: '',
      body: 'สวัสดีครับ',
      edited: true,
      updatedAt: NOW,
    });
    const [row] = await db.meta.where('key').startsWith('draft:').toArray();
    expect(row?.key).toMatch(/^draft:[0-9a-f]{16}$/);
    await expectRoundTrip(db, NOW);
    expect(await loadDraft(db, THAI)).toMatchObject({ body: 'สวัสดีครับ', edited: true });
  });

  it('never gives one profile another profile’s draft', async () => {
    const db = freshDb();
    await saveDraft(db, THAI, { templateId: 't', subject: '', body: 'mine', edited: true, updatedAt: NOW });
    const row = (await db.meta.where('key').startsWith('draft:').first())!;
    // Another URL that would hash to the same key finds the URL in the draft differs.
    await db.meta.put({
      ...row,
      value: { ...(row.value as object), profileUrl: 'https://www.linkedin.com/in/other/' },
    });
    expect(await loadDraft(db, THAI)).toBeUndefined();
  });

  it('a draft longer than a template allows is refused in words, not stored', async () => {
    const db = freshDb();
    const body = 'x'.repeat(20_001);
    await expect(
      saveDraft(db, THAI, { templateId: 't', subject: '', body, edited: true, updatedAt: NOW }),
    ).rejects.toMatchObject({ code: 'draftTooLong' });
    expect(await db.meta.count()).toBe(0);
  });
});

describe('dates', () => {
  it('a touch dated in year 20245 (a typo) or 1e16 is refused at the write, naming the field', async () => {
    const db = freshDb();
    const person = await jane(db);
    for (const at of [Date.UTC(20245, 0, 1), 1e16, Date.UTC(1985, 0, 1)]) {
      await expectRefused(
        db,
        () => logTouch(db, { personId: person.id, kind: 'call', at, channel: 'phone' }, NOW),
        /^When: must be a date between 1990 and 2200$/,
      );
    }
  });

  it('a snooze past 2200 is refused', async () => {
    const { snoozePerson } = await import('@/lib/store/people/person-edit');
    const db = freshDb();
    const person = await jane(db);
    await expectRefused(
      db,
      () => snoozePerson(db, person.id, Date.UTC(2300, 0, 1), NOW),
      /must be a date between 1990 and 2200/,
    );
  });
});
