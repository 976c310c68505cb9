import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PROFILES, profilePageHtml, topCardHtml } from '../fixtures/demo/profiles';
import { accessibleTexts } from './ax-text';
import { launchExtension, waitFor, type ExtensionSession } from './harness';

interface StoredPerson {
  profileUrl: string;
  name: string;
  kind: string;
  degree: string;
  mutualCount?: number;
  mutuals: { name: string }[];
  headline?: string;
}

const [maya, tomas] = DEMO_PROFILES as [(typeof DEMO_PROFILES)[0], (typeof DEMO_PROFILES)[0]];

describe('the content script on LinkedIn', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
    for (const profile of DEMO_PROFILES) session.linkedinPages.set(`/in/${profile.slug}/`, profilePageHtml(profile));
  });
  afterAll(async () => session?.close());

  const person = (slug: string) => async () =>
    (await session.readTable<StoredPerson>('people')).find((p) => p.profileUrl === `https://www.linkedin.com/in/${slug}/`);

  it('stores a 2nd-degree profile with its mutual connections as a candidate, and shows the badge', async () => {
    const page = await session.openLinkedIn(`/in/${maya.slug}/`);
    const stored = await waitFor(person(maya.slug), 'Maya to be stored');
    expect(stored).toMatchObject({ kind: 'candidate', name: maya.name, degree: '2nd', mutualCount: 7, headline: maya.headline });
    expect(stored.mutuals.map((m) => m.name)).toEqual(['Laetitia', 'Clément']);
    const texts = await waitFor(async () => {
      const all = await accessibleTexts(page);
      return all.some((t) => t.includes('2nd degree')) && all;
    }, 'the badge to show the degree');
    expect(texts.join(' | ')).toMatch(/Introduction request/);
    expect(session.consoleErrors).toEqual([]);
  });

  it('follows in-page navigation to another profile and stores it with its own data', async () => {
    const page = await session.openLinkedIn(`/in/${maya.slug}/`);
    await waitFor(person(maya.slug), 'Maya');
    // LinkedIn changes the URL first, and swaps the top card in later.
    await page.evaluate(
      ({ url, card }) => {
        history.pushState({}, '', url);
        setTimeout(() => {
          const old = document.querySelector('section[componentkey$="Topcard"]');
          const fresh = document.createElement('div');
          fresh.insertAdjacentHTML('afterbegin', card);
          old?.replaceWith(fresh.firstElementChild!);
          document.title = 'Tomás Okafor | LinkedIn';
        }, 800);
      },
      { url: `/in/${tomas.slug}/`, card: topCardHtml(tomas) },
    );
    const second = await waitFor(person(tomas.slug), 'Tomás to be stored');
    expect(second).toMatchObject({ name: tomas.name, degree: '1st', headline: tomas.headline });
    expect(second.mutuals).toEqual([]);
    const again = await person(maya.slug)();
    expect(again).toMatchObject({ name: maya.name, degree: '2nd', mutualCount: 7 });
    await waitFor(async () => (await accessibleTexts(page)).some((t) => t.includes('1st degree')), 'badge for Tomás');
    expect(session.outsideRequests.filter((u) => !u.startsWith('https://www.linkedin.com/'))).toEqual([]);
  });
});
