// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { POLL_MS, THROTTLE_MS, watchPages } from '@/lib/content/page-watch';
import type { PageWatch, PageWatchDeps } from '@/lib/content/page-watch';

const profileUrl = (slug: string) => `https://www.linkedin.com/in/${slug}/`;

/** Fake URL rule: /in/<slug> on any origin, query and hash ignored. */
function isProfileUrl(href: string): string | null {
  const slug = /^\/in\/([^/]+)\/?$/.exec(new URL(href).pathname)?.[1];
  return slug ? profileUrl(slug) : null;
}

/** Fake top card: a section naming the profile it belongs to. */
function showTopCard(slug: string | null): void {
  const main = document.createElement('main');
  if (slug) {
    const card = document.createElement('section');
    card.dataset.topCard = profileUrl(slug);
    card.textContent = slug;
    main.append(card);
  }
  document.body.replaceChildren(main);
}

const go = (path: string) => window.history.pushState({}, '', path);

let watch: PageWatch | undefined;
let deps: PageWatchDeps & {
  [K in 'onProfileView' | 'onLeaveProfile' | 'onTimeout' | 'onProfileLoading']: ReturnType<typeof vi.fn>;
};
const isTopCardReady = vi.fn(
  (doc: Document, url: string) => doc.querySelector('[data-top-card]')?.getAttribute('data-top-card') === url,
);

function start(extra: Partial<PageWatchDeps> = {}): PageWatch {
  deps = {
    window,
    isProfileUrl,
    isTopCardReady,
    onProfileView: vi.fn(),
    onLeaveProfile: vi.fn(),
    onTimeout: vi.fn(),
    onProfileLoading: vi.fn(),
    ...extra,
  } as typeof deps;
  watch = watchPages(deps);
  return watch;
}

const advance = (ms: number) => vi.advanceTimersByTimeAsync(ms);
const views = () => deps.onProfileView.mock.calls.map(([url]) => url);

beforeEach(() => {
  vi.useFakeTimers();
  window.history.replaceState({}, '', '/feed/');
  showTopCard(null);
  isTopCardReady.mockClear();
});
afterEach(() => {
  watch?.stop();
  watch = undefined;
  vi.useRealTimers();
});

describe('watchPages', () => {
  it('reports a profile opened directly, once', async () => {
    go('/in/alice/');
    showTopCard('alice');
    start();
    expect(views()).toEqual([]); // the first check runs on the next tick
    await advance(10);
    expect(views()).toEqual([profileUrl('alice')]);
    showTopCard('alice');
    await advance(5 * POLL_MS);
    expect(views()).toEqual([profileUrl('alice')]);
    expect(deps.onLeaveProfile).not.toHaveBeenCalled();
  });

  it('A → B: reports B only once B’s top card is on the page (URL first, DOM later)', async () => {
    go('/in/alice/');
    showTopCard('alice');
    start();
    await advance(10);
    go('/in/bob/'); // LinkedIn changes the URL before the DOM
    await advance(POLL_MS + 10); // the poll sees the URL; the card is still Alice's
    expect(deps.onProfileLoading).toHaveBeenLastCalledWith(profileUrl('bob'));
    expect(views()).toEqual([profileUrl('alice')]);
    showTopCard('bob');
    await advance(THROTTLE_MS + 10);
    expect(views()).toEqual([profileUrl('alice'), profileUrl('bob')]);
    await advance(5 * POLL_MS);
    expect(views()).toHaveLength(2);
  });

  it('notices a pushState through DOM mutations, well before the poll', async () => {
    go('/in/alice/');
    showTopCard('alice');
    start();
    await advance(10);
    go('/in/bob/');
    setTimeout(() => showTopCard('bob'), 300);
    await advance(300 + THROTTLE_MS + 10); // < POLL_MS since start
    expect(views()).toEqual([profileUrl('alice'), profileUrl('bob')]);
  });

  it('A → B → A counts three visits; query and hash changes on one profile count none', async () => {
    start();
    for (const slug of ['alice', 'bob', 'alice']) {
      go(`/in/${slug}/`);
      showTopCard(slug);
      await advance(THROTTLE_MS + 10);
    }
    go('/in/alice/?miniProfileUrn=x');
    showTopCard('alice');
    await advance(THROTTLE_MS + 10);
    go('/in/alice/#experience');
    await advance(2 * POLL_MS);
    expect(views()).toEqual([profileUrl('alice'), profileUrl('bob'), profileUrl('alice')]);
  });

  it('abandons a profile whose URL changes again before its top card is ready', async () => {
    start({ timeoutMs: 5000 });
    go('/in/bob/');
    await advance(POLL_MS + 10); // waiting for Bob
    go('/in/carol/');
    showTopCard('carol');
    await advance(THROTTLE_MS + 10);
    showTopCard('bob'); // Bob's card arriving late must not count: the URL is Carol's
    await advance(10_000);
    expect(views()).toEqual([profileUrl('carol')]);
    expect(deps.onTimeout).not.toHaveBeenCalled();
  });

  it('calls onLeaveProfile when moving from a profile to another page', async () => {
    start();
    await advance(10);
    expect(deps.onLeaveProfile).not.toHaveBeenCalled(); // started off a profile
    go('/in/alice/');
    showTopCard('alice');
    await advance(THROTTLE_MS + 10);
    go('/feed/');
    showTopCard(null);
    await advance(THROTTLE_MS + 10);
    expect(deps.onLeaveProfile).toHaveBeenCalledTimes(1);
    go('/jobs/');
    showTopCard(null);
    await advance(2 * POLL_MS);
    expect(deps.onLeaveProfile).toHaveBeenCalledTimes(1);
    expect(views()).toEqual([profileUrl('alice')]);
  });

  it('gives up after timeoutMs: onTimeout, and no view even if the card shows up later', async () => {
    start({ timeoutMs: 4000 });
    go('/in/dana/');
    await advance(3000);
    expect(deps.onTimeout).not.toHaveBeenCalled();
    await advance(1200);
    expect(deps.onTimeout).toHaveBeenCalledExactlyOnceWith(profileUrl('dana'));
    showTopCard('dana');
    await advance(3 * POLL_MS);
    expect(views()).toEqual([]);
  });

  it('uses 15 s as the default timeout', async () => {
    start();
    go('/in/dana/');
    await advance(14_000);
    expect(deps.onTimeout).not.toHaveBeenCalled();
    await advance(2_000);
    expect(deps.onTimeout).toHaveBeenCalledExactlyOnceWith(profileUrl('dana'));
  });

  it('checks the top card at most once per throttle tick under a burst of mutations', async () => {
    start();
    go('/in/erin/');
    await advance(POLL_MS + 10);
    isTopCardReady.mockClear();
    for (let i = 0; i < 500; i += 1) document.body.append(document.createElement('div'));
    await advance(THROTTLE_MS + 10);
    expect(isTopCardReady.mock.calls.length).toBeLessThanOrEqual(2);
  });

  it('listens to popstate and to the Navigation API when present', async () => {
    const navigation = new EventTarget();
    Object.defineProperty(window, 'navigation', { value: navigation, configurable: true });
    try {
      start();
      await advance(POLL_MS + 10); // just after a poll
      showTopCard('frank');
      await advance(THROTTLE_MS + 10);
      go('/in/frank/'); // no mutation, no event from pushState itself
      navigation.dispatchEvent(new Event('navigatesuccess'));
      await advance(THROTTLE_MS + 10);
      expect(views()).toEqual([profileUrl('frank')]);
      showTopCard('gina');
      await advance(THROTTLE_MS + 10);
      go('/in/gina/');
      window.dispatchEvent(new PopStateEvent('popstate'));
      await advance(THROTTLE_MS + 10);
      expect(views()).toEqual([profileUrl('frank'), profileUrl('gina')]);
      expect(vi.getTimerCount()).toBe(1); // only the poll is left
      watch?.stop();
      navigation.dispatchEvent(new Event('navigate'));
      window.dispatchEvent(new PopStateEvent('popstate'));
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      Reflect.deleteProperty(window, 'navigation');
    }
  });

  it('stop() disconnects everything: no timers, no more calls', async () => {
    const w = start();
    go('/in/alice/');
    await advance(POLL_MS + 10); // waiting for Alice, with a timeout armed
    w.stop();
    expect(vi.getTimerCount()).toBe(0);
    showTopCard('alice');
    go('/feed/');
    await advance(30_000);
    expect(vi.getTimerCount()).toBe(0);
    expect(deps.onProfileView).not.toHaveBeenCalled();
    expect(deps.onLeaveProfile).not.toHaveBeenCalled();
    expect(deps.onTimeout).not.toHaveBeenCalled();
    w.stop(); // idempotent
  });

  it('stops itself once isAlive() turns false (orphaned content script)', async () => {
    let alive = true;
    start({ isAlive: () => alive });
    go('/in/alice/');
    showTopCard('alice');
    await advance(THROTTLE_MS + 10);
    alive = false;
    go('/in/bob/');
    showTopCard('bob');
    await advance(2 * POLL_MS);
    expect(views()).toEqual([profileUrl('alice')]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('allows stop() from inside onProfileView', async () => {
    go('/in/alice/');
    showTopCard('alice');
    start({ onProfileView: vi.fn(() => watch?.stop()) });
    await advance(10);
    expect(deps.onProfileView).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });
});
