/**
 * The introducer's thread through the use cases (issue 15 items 1–2): Mark as
 * sent of an introduction request links the introducer, follow-ups are drafted
 * to them (name, e-mail from Connections.csv, profile), the steps they take
 * are logged on the target, and a referral waits for the check-back.
 */
import { describe, expect, it } from 'vitest';
import { composeActionDraft, loadDraftContext } from '@/lib/store/history/follow-up-draft';
import { scheduleMeeting, updateMeeting } from '@/lib/store/history/meetings';
import { deleteTouch, logTouch } from '@/lib/store/history/touches';
import { mergeConnections } from '@/lib/store/directory/connections';
import { saveSettings } from '@/lib/store/settings/settings-save';
import { addTarget } from '@/lib/store/use-cases/add-target';
import { markSent } from '@/lib/store/use-cases/mark-sent';
import { recordReferrals } from '@/lib/store/use-cases/record-referrals';
import { loadIntroducerThread, logIntroducerStep } from '@/lib/store/use-cases/introducer-step';
import { freshDb, snapshotOf } from '../helpers';
import { expectRoundTrip } from './restore-backup';
import { deletePerson } from '@/lib/store/people/person-edit';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 1, 9); // Tuesday 1 December 2026
const LAETITIA = {
  name: 'Laetitia Dupont',
  profileUrl: 'https://www.linkedin.com/in/laetitia-dupont/',
  email: 'laetitia@example.com',
};

async function draftFor(db: ReturnType<typeof freshDb>, personId: string, at: number) {
  const ctx = await loadDraftContext(db, personId, at);
  if (!ctx) throw new Error('no context');
  return composeActionDraft(ctx, at);
}

async function asked(introducer: { name: string; url?: string }) {
  const db = freshDb();
  await saveSettings(db, { myName: 'Alex Martin', timeZone: 'Europe/Paris' });
  await db.transaction('rw', db.connections, () =>
    mergeConnections(db, [
      LATITIA_ROW,
      { name: 'Laetitia Moreau', profileUrl: 'https://www.linkedin.com/in/lmoreau/' },
    ]),
  );
  const snapshot = snapshotOf({ name: 'Maya Chen', mutuals: [{ name: 'Laetitia' }] });
  await markSent(
    db,
    { snapshot, kind: 'introduction-request', channel: 'linkedin', text: 'Hi Laetitia', introducer },
    NOW,
  );
  const maya = (await db.people.toArray()).find((p) => p.name === 'Maya Chen')!;
  return { db, maya };
}
const LATITIA_ROW = LAETITIA;

describe('an introduction request, linked to a Connections.csv contact', () => {
  it('makes the introducer a person, and the follow-up goes to them', async () => {
    const { db, maya } = await asked({ name: 'Laetitia Dupont', url: LAETITIA.profileUrl });
    const view = await loadIntroducerThread(db, maya.id, NOW);
    expect(view).toMatchObject({ name: 'Laetitia Dupont', email: LAETITIA.email, thread: { state: 'asked' } });
    const stored = await db.people.get(maya.id);
    expect(stored?.nextAction).toMatchObject({ kind: 'follow-up', recipient: 'introducer' });
    const draft = await draftFor(db, maya.id, NOW + 8 * DAY);
    expect(draft).toMatchObject({ recipient: 'introducer', recipientName: 'Laetitia Dupont', to: LAETITIA.email });
    expect(draft?.profileUrl).toBe(LAETITIA.profileUrl);
    expect(draft?.body).toMatch(/^Hi Laetitia,/);
    expect(draft?.body).not.toContain('Maya');
    // The request went on LinkedIn with no subject: the follow-up invents none.
    expect(draft?.subject).toBe('');
  });

  it('introduced: the target thread starts; after the meeting and the thank-you, the introducer is thanked', async () => {
    const { db, maya } = await asked({ name: 'Laetitia Dupont', url: LAETITIA.profileUrl });
    await logIntroducerStep(db, { personId: maya.id, step: 'introduced', at: NOW + 3 * DAY }, NOW + 3 * DAY);
    expect((await db.people.get(maya.id))?.nextAction).toMatchObject({ kind: 'contact-referral' });
    expect((await draftFor(db, maya.id, NOW + 3 * DAY))?.recipient).toBe('target');
    await logTouch(db, { personId: maya.id, kind: 'request', at: NOW + 3 * DAY, channel: 'email' }, NOW + 3 * DAY);
    const meeting = await scheduleMeeting(db, { personId: maya.id, at: NOW + 8 * DAY, mode: 'video' }, NOW + 4 * DAY);
    await updateMeeting(db, meeting.id, { notes: 'Great talk.' }, NOW + 8 * DAY);
    await logTouch(db, { personId: maya.id, kind: 'thank-you', at: NOW + 8 * DAY, channel: 'email' }, NOW + 8 * DAY);
    const after = await db.people.get(maya.id);
    expect(after?.nextAction).toMatchObject({ kind: 'thank-introducer', recipient: 'introducer' });
    const draft = await draftFor(db, maya.id, NOW + 9 * DAY);
    expect(draft).toMatchObject({ recipient: 'introducer', to: LAETITIA.email });
    await logIntroducerStep(db, { personId: maya.id, step: 'thank-introducer', at: NOW + 9 * DAY }, NOW + 9 * DAY);
    expect((await db.people.get(maya.id))?.nextAction?.kind).toBe('keep-in-touch');
  });
});

describe('an introducer known only by the first name the page shows', () => {
  it('is kept by name (two connections match), followed up and thanked by that name', async () => {
    const { db, maya } = await asked({ name: 'Laetitia' });
    const view = await loadIntroducerThread(db, maya.id, NOW);
    expect(view).toMatchObject({ name: 'Laetitia' });
    expect(view?.personId).toBeUndefined();
    expect((await draftFor(db, maya.id, NOW + 8 * DAY))?.body).toMatch(/^Hi Laetitia,/);
    await logIntroducerStep(db, { personId: maya.id, step: 'introduced', at: NOW + 2 * DAY }, NOW + 2 * DAY);
    const meeting = await scheduleMeeting(db, { personId: maya.id, at: NOW + 8 * DAY, mode: 'video' }, NOW + 4 * DAY);
    await updateMeeting(db, meeting.id, { notes: 'Great talk.' }, NOW + 8 * DAY);
    await logTouch(db, { personId: maya.id, kind: 'thank-you', at: NOW + 8 * DAY, channel: 'email' }, NOW + 8 * DAY);
    const next = (await db.people.get(maya.id))?.nextAction;
    expect(next).toMatchObject({ kind: 'thank-introducer', reason: { params: ['Laetitia', 'Maya Chen'] } });
  });

  it('asks first: the check-back date given is the one owed', async () => {
    const { db, maya } = await asked({ name: 'Laetitia' });
    const given = Date.UTC(2026, 11, 10, 9);
    await logIntroducerStep(
      db,
      { personId: maya.id, step: 'introducer-asks-first', at: NOW + DAY, checkBackAt: given },
      NOW + DAY,
    );
    expect((await db.people.get(maya.id))?.nextAction).toMatchObject({ kind: 'check-back-introducer', due: given });
    // The draft greets the introducer and names the target (not the referrer's "people you suggested").
    const draft = await draftFor(db, maya.id, given);
    expect(draft).toMatchObject({
      moment: 'check-back-introducer',
      recipient: 'introducer',
      recipientName: 'Laetitia',
    });
    expect(draft?.subject).toBe('Checking back about Maya Chen');
    expect(draft?.body).toMatch(
      /^Hi Laetitia,\n\nAs we agreed, I'm checking back about my request to meet Maya Chen\./,
    );
    expect(draft?.body).not.toMatch(/people you/);
  });
});

describe('a meeting referral whose referrer asks first', () => {
  /** Sam held a meeting and referred Kit, asking to tell Kit first (check back two days ago). */
  async function samReferredKit() {
    const db = freshDb();
    const sam = await addTarget(
      db,
      { profileUrl: 'https://www.linkedin.com/in/sam/', name: 'Sam Lee' },
      NOW - 20 * DAY,
    );
    const meeting = await scheduleMeeting(db, { personId: sam.id, at: NOW - 10 * DAY, mode: 'phone' }, NOW - 15 * DAY);
    const given = [{ name: 'Kit Park', nameAllowed: true, checkBackAt: NOW - 2 * DAY }];
    const [kitId] = await recordReferrals(db, meeting.id, given, NOW - 10 * DAY);
    return { db, sam, kitId: kitId! };
  }

  it('holds the pitch until the check-back with the referrer is logged', async () => {
    const { db, sam, kitId } = await samReferredKit();
    await logTouch(db, { personId: sam.id, kind: 'thank-you', at: NOW - 9 * DAY, channel: 'email' }, NOW);
    expect((await db.people.get(kitId))?.nextAction).toMatchObject({
      kind: 'check-back-referrer',
      reason: { code: 'referral-held' },
    });
    const checkBack = await logTouch(db, { personId: sam.id, kind: 'check-back', at: NOW, channel: 'email' }, NOW);
    expect((await db.people.get(kitId))?.nextAction).toMatchObject({
      kind: 'contact-referral',
      templateMoment: 'referred-pitch',
    });
    // Logged by mistake and removed: the pitch waits for the check-back again.
    await deleteTouch(db, checkBack.id, NOW);
    expect((await db.people.get(kitId))?.nextAction).toMatchObject({ reason: { code: 'referral-held' } });
  });

  it('deleting the referrer releases the held pitch at once, as a restore would compute it', async () => {
    const { db, sam, kitId } = await samReferredKit();
    await deletePerson(db, sam.id, NOW);
    expect(await db.people.get(kitId)).toMatchObject({
      referredByName: 'Sam Lee',
      nextAction: { kind: 'contact-referral', reason: { params: ['Sam Lee', 'Kit Park'] } },
    });
    await expectRoundTrip(db, NOW);
  });
});
