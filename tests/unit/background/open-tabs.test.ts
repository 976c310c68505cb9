/** Open LinkedIn tabs are told to refresh their badge when what it shows changes elsewhere. */
import { describe, expect, it } from 'vitest';
import { refreshOpenTabs } from '@/lib/background/open-tabs';
import type { TabPage } from '@/lib/platform/tab-profiles';
import type { ProfileSnapshot } from '@/lib/domain/model';
import { saveSettings } from '@/lib/store/settings/settings-save';
import { addTarget } from '@/lib/store/use-cases/add-target';
import { recordProfileView } from '@/lib/store/people/profile-view';
import { freshDb } from '../helpers';

const snapshot = (slug: string): ProfileSnapshot => ({
  url: `https://www.linkedin.com/in/${slug}/`,
  publicId: slug,
  pageKind: 'profile',
  name: slug,
  degree: '2nd',
  mutuals: [],
  missing: [],
});
/** Real dates: stored dates lie within 1990-2200. */
const T = Date.UTC(2026, 11, 7, 9);
const settle = () => new Promise((r) => setTimeout(r, 150));

describe('refreshOpenTabs', () => {
  it('tells only the tabs whose person changed, every tab when the badge settings change, none for a mere view', async () => {
    const db = freshDb();
    const ann = snapshot('ann');
    const bo = snapshot('bo');
    await recordProfileView(db, ann, T + 1);
    await recordProfileView(db, bo, T + 1);
    const pages = new Map<number, TabPage>([
      [1, { state: 'profile', snapshot: ann }],
      [2, { state: 'profile', snapshot: bo }],
      [3, { state: 'reading', url: 'https://www.linkedin.com/in/cy/' }],
    ]);
    const told: number[] = [];
    const watch = refreshOpenTabs({
      db,
      tabPages: async () => pages,
      onTabPagesChanged: () => undefined,
      tell: async (tabId, message) => void (message.type === 'status-changed' && told.push(tabId)),
    });
    await settle();
    await recordProfileView(db, ann, T + 2); // seen again: nothing the badge shows changed
    await settle();
    expect(told).toEqual([]);
    await addTarget(db, { snapshot: ann }, T + 3);
    await settle();
    expect(told).toEqual([1]);
    told.length = 0;
    await saveSettings(db, { quietMode: true });
    await settle();
    expect(told.sort()).toEqual([1, 2]);
    watch.stop();
  });
});
