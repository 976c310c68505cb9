import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ADD_LINK_MENU, ADD_PAGE_MENU, onAddTargetClick } from '@/lib/background/context-menus';
import { freshDb, snapshotOf } from '../helpers';

const NOW = Date.UTC(2025, 2, 13, 10);

describe('right-click "Add to Inroads as target"', () => {
  it('adds a profile link as a target, named from the link text the content script reads', async () => {
    const db = freshDb();
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ name: 'Ana Silva' } as never);
    const outcome = await onAddTargetClick(
      db,
      { menuItemId: ADD_LINK_MENU, linkUrl: 'https://fr.linkedin.com/in/ana-silva?trk=people', pageUrl: 'https://www.linkedin.com/feed/' },
      4,
      NOW,
    );
    expect(outcome).toHaveProperty('added');
    expect(send).toHaveBeenCalledWith(4, { type: 'link-name', linkUrl: 'https://fr.linkedin.com/in/ana-silva?trk=people' }, { frameId: 0 });
    const [person] = await db.people.toArray();
    expect(person).toMatchObject({ kind: 'target', stage: 'to-contact', name: 'Ana Silva', profileUrl: 'https://www.linkedin.com/in/ana-silva/' });
    expect(person!.nextAction?.kind).toBe('send-request');
  });

  it('ignores a content-script answer that is not a name, and a link that is not a profile', async () => {
    const db = freshDb();
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ name: { evil: true } } as never);
    await onAddTargetClick(db, { menuItemId: ADD_LINK_MENU, linkUrl: 'https://www.linkedin.com/in/ben/' }, 4, NOW);
    expect((await db.people.toArray())[0]).toMatchObject({ name: 'https://www.linkedin.com/in/ben/' });
    const skipped = await onAddTargetClick(db, { menuItemId: ADD_LINK_MENU, linkUrl: 'https://linkedin.com.evil.com/in/x' }, 4, NOW);
    expect(skipped).toEqual({ skipped: expect.any(String) });
    expect(await db.people.count()).toBe(1);
  });

  it('adds the profile page being viewed with what the page shows', async () => {
    const db = freshDb();
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ snapshot: snapshotOf() } as never);
    await onAddTargetClick(db, { menuItemId: ADD_PAGE_MENU, pageUrl: 'https://www.linkedin.com/in/jane-doe/' }, 9, NOW);
    expect((await db.people.toArray())[0]).toMatchObject({ kind: 'target', name: 'Jane Doe', degree: '2nd', mutualCount: 3 });
  });
});
