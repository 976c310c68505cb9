import { describe, expect, it } from 'vitest';
import { createHandlers } from '@/lib/background/handlers';
import { createRouter } from '@/lib/background/router';
import { freshDb, snapshotOf } from '../helpers';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const fromTab = { id: EXTENSION_ID, tab: { id: 7 }, frameId: 0 };

function setup() {
  const db = freshDb();
  const remembered: number[] = [];
  const route = createRouter(
    createHandlers({
      db,
      now: () => 1_700_000_000_000,
      rememberTab: async (tabId) => void remembered.push(tabId),
      openInroads: async () => 'popup',
      showTabDegree: async () => {},
    }),
    EXTENSION_ID,
  );
  return { db, route, remembered };
}

describe('message router', () => {
  it('stores a viewed profile as a candidate and answers with its status', async () => {
    const { db, route, remembered } = setup();
    const response = await route({ type: 'profile-viewed', snapshot: snapshotOf() }, fromTab);
    expect(response).toMatchObject({ ok: true, result: { degree: '2nd', tracked: false, badgeEnabled: true } });
    const people = await db.people.toArray();
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ kind: 'candidate', name: 'Jane Doe', degree: '2nd', mutualCount: 3 });
    expect(remembered).toEqual([7]);
  });

  it.each([
    ['another extension', { ...fromTab, id: 'someone-else' }],
    ['no tab (not a content script)', { id: EXTENSION_ID }],
    ['a sub-frame', { ...fromTab, frameId: 3 }],
    ['nothing at all', undefined],
  ])('rejects a message from %s and writes nothing', async (_label, sender) => {
    const { db, route } = setup();
    const response = await route({ type: 'profile-viewed', snapshot: snapshotOf() }, sender as never);
    expect(response).toEqual({ ok: false, error: { code: 'forbidden-sender', message: expect.any(String) } });
    expect(await db.people.count()).toBe(0);
  });

  it.each([
    ['an unknown type', { type: 'delete-everything' }, 'unknown-type'],
    ['no type', { snapshot: snapshotOf() }, 'unknown-type'],
    ['a string', 'profile-viewed', 'unknown-type'],
    ['null', null, 'unknown-type'],
    ['a missing snapshot', { type: 'profile-viewed' }, 'invalid-message'],
    ['a forged degree', { type: 'profile-viewed', snapshot: snapshotOf({ degree: 'best-friend' as never }) }, 'invalid-message'],
    ['an oversized name', { type: 'profile-viewed', snapshot: snapshotOf({ name: 'x'.repeat(10_000) }) }, 'invalid-message'],
    ['extra fields', { type: 'profile-viewed', snapshot: snapshotOf(), sql: 'DROP' }, 'invalid-message'],
    ['a mutual count that is not a number', { type: 'profile-viewed', snapshot: { ...snapshotOf(), mutualCount: '3' } }, 'invalid-message'],
  ])('rejects %s with a clear code and leaves the database unchanged', async (_label, message, code) => {
    const { db, route } = setup();
    await route({ type: 'profile-viewed', snapshot: snapshotOf({ url: 'https://www.linkedin.com/in/first/' }) }, fromTab);
    const before = await db.people.toArray();
    const response = await route(message, fromTab);
    expect(response).toMatchObject({ ok: false, error: { code } });
    if (!response.ok) expect(response.error.message.length).toBeGreaterThan(0);
    expect(await db.people.toArray()).toEqual(before);
  });
});
