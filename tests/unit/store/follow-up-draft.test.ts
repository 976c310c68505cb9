import { describe, expect, it } from 'vitest';
import { composeActionDraft, loadDraftContext, snapshotOfPerson } from '@/lib/store/history/follow-up-draft';
import { scheduleMeeting, updateMeeting } from '@/lib/store/history/meetings';
import { updatePerson } from '@/lib/store/people/person-edit';
import { saveSettings } from '@/lib/store/settings/settings-save';
import { addTarget } from '@/lib/store/use-cases/add-target';
import { logTouch } from '@/lib/store/history/touches';
import { freshDb, snapshotOf } from '../helpers';

const DAY = 86_400_000;
const now = new Date(2025, 2, 13, 10).getTime();

async function draftFor(db: ReturnType<typeof freshDb>, personId: string, at = now) {
  const ctx = await loadDraftContext(db, personId, at);
  if (!ctx) throw new Error('no context');
  return { ctx, draft: composeActionDraft(ctx, at) };
}

describe('the one-click draft of the follow-up list', () => {
  it('drafts a first request by the approach: an introduction request through the top mutual', async () => {
    const db = freshDb();
    await saveSettings(db, { myName: 'Alex Martin' });
    const jane = await addTarget(db, { snapshot: snapshotOf() }, now);
    const { draft } = await draftFor(db, jane.id);
    expect(draft?.moment).toBe('introduction-request');
    expect(draft?.introducer?.name).toBe('Ana Silva');
    expect(draft?.body).toContain('Ana');
    expect(draft?.to).toBeUndefined();
  });

  it('drafts a direct ask for a 1st-degree contact, addressed to their email', async () => {
    const db = freshDb();
    const jane = await addTarget(db, { snapshot: snapshotOf({ degree: '1st' }) }, now);
    await updatePerson(db, jane.id, { email: 'jane@example.com' }, now);
    const { draft } = await draftFor(db, jane.id);
    expect(draft?.moment).toBe('direct-ask');
    expect(draft?.to).toBe('jane@example.com');
  });

  it('drafts the first follow-up a week after the request, promising the next date', async () => {
    const db = freshDb();
    const jane = await addTarget(
      db,
      { snapshot: snapshotOf({ degree: '3rd', mutuals: [], mutualCount: 0 }) },
      now - 9 * DAY,
    );
    await logTouch(db, { personId: jane.id, kind: 'request', at: now - 8 * DAY, channel: 'email' }, now - 8 * DAY);
    const { draft } = await draftFor(db, jane.id);
    expect(draft?.moment).toBe('follow-up-1');
    expect(draft?.template.id).toBe('builtin-follow-up-1');
    expect(draft?.followUpAt).toBeGreaterThan(now);
  });

  it('names the referrer in the pitch to someone referred, when allowed', async () => {
    const db = freshDb();
    const sam = await addTarget(db, { profileUrl: 'https://www.linkedin.com/in/sam/', name: 'Sam Lee' }, now);
    const jane = await addTarget(
      db,
      { snapshot: snapshotOf({ degree: '3rd' }), referredById: sam.id, referrerNameAllowed: true },
      now,
    );
    const { draft } = await draftFor(db, jane.id);
    expect(draft?.moment).toBe('referred-pitch');
    expect(draft?.body).toContain('Sam Lee');
  });

  it('addresses the thanks for an introduction to the introducer', async () => {
    const db = freshDb();
    const sam = await addTarget(
      db,
      { profileUrl: 'https://www.linkedin.com/in/sam/', name: 'Sam Lee' },
      now - 30 * DAY,
    );
    await updatePerson(db, sam.id, { email: 'sam@example.com' }, now - 30 * DAY);
    const jane = await addTarget(
      db,
      { snapshot: snapshotOf(), referredById: sam.id, referrerNameAllowed: true },
      now - 20 * DAY,
    );
    const meeting = await scheduleMeeting(db, { personId: jane.id, at: now - 5 * DAY, mode: 'phone' }, now - 10 * DAY);
    await updateMeeting(db, meeting.id, { notes: 'Great talk.' }, now - 5 * DAY);
    await logTouch(db, { personId: jane.id, kind: 'thank-you', at: now - 4 * DAY, channel: 'email' }, now - 4 * DAY);
    const { ctx, draft } = await draftFor(db, jane.id);
    expect(ctx.person.nextAction?.kind).toBe('thank-introducer');
    expect(draft?.moment).toBe('thank-introducer');
    expect(draft?.to).toBe('sam@example.com');
    expect(draft?.body).toMatch(/^Hi Sam,/);
  });

  it('has no draft when no message fits (they answered: agree a time)', async () => {
    const db = freshDb();
    const jane = await addTarget(db, { snapshot: snapshotOf() }, now - 9 * DAY);
    await logTouch(db, { personId: jane.id, kind: 'request', at: now - 8 * DAY, channel: 'email' }, now - 8 * DAY);
    await logTouch(db, { personId: jane.id, kind: 'reply', at: now - DAY, channel: 'email' }, now - DAY);
    const { draft } = await draftFor(db, jane.id);
    expect(draft).toBeUndefined();
    expect(await loadDraftContext(db, 'gone', now)).toBeUndefined();
  });

  it('reads a tracked person as the approach rules read a page', () => {
    const snapshot = snapshotOfPerson({
      id: 'p',
      kind: 'target',
      name: 'Jane',
      degree: '2nd',
      mutuals: [{ name: 'Ana' }],
      mutualCount: 3,
      notes: '',
      userEdited: [],
      createdAt: now,
      updatedAt: now,
      profileUrl: 'https://www.linkedin.com/in/jane/',
      company: 'Acme',
    });
    expect(snapshot).toEqual({
      url: 'https://www.linkedin.com/in/jane/',
      publicId: '',
      pageKind: 'profile',
      degree: '2nd',
      name: 'Jane',
      company: 'Acme',
      mutuals: [{ name: 'Ana' }],
      mutualCount: 3,
      missing: [],
    });
  });
});
