/**
 * The page-visit lifecycle on LinkedIn's single-page app.
 *
 * A content script runs in an isolated world, so patching history.pushState
 * would not see LinkedIn's own calls. Instead the URL is compared with the
 * last one seen whenever something hints at a navigation: Navigation API
 * events (where the browser has them), popstate/hashchange, DOM mutations
 * (throttled), and a slow poll as a last resort. LinkedIn changes the URL
 * before the DOM, so a profile view is reported only once the top card
 * belongs to the new URL.
 */

export interface PageWatchDeps {
  /** Source of location, listeners, timers and MutationObserver. */
  window: Window;
  /** The normalised profile URL, or null for any other page. */
  isProfileUrl(url: string): string | null;
  isTopCardReady(doc: Document, url: string): boolean;
  /** Once per profile view, when the top card belongs to the URL. */
  onProfileView(url: string): void;
  /** The URL moved from a profile to a non-profile page. */
  onLeaveProfile(): void;
  /** Give up waiting for the top card after this long (default 15000 ms). */
  timeoutMs?: number;
  onTimeout?(url: string): void;
  /** The URL became a new profile; its top card is not checked yet (e.g. show "loading"). */
  onProfileLoading?(url: string): void;
  /** Checked on every tick; when it returns false the watcher stops itself (orphaned script). */
  isAlive?(): boolean;
}

export interface PageWatch {
  stop(): void;
}

export const THROTTLE_MS = 120;
export const POLL_MS = 1000;
export const DEFAULT_TIMEOUT_MS = 15_000;
const NAVIGATION_EVENTS = ['navigate', 'currententrychange', 'navigatesuccess'] as const;
const WINDOW_EVENTS = ['popstate', 'hashchange'] as const;

/** Watches LinkedIn's in-page navigation; the first check runs on the next tick. */
export function watchPages(deps: PageWatchDeps): PageWatch {
  const win = deps.window;
  const doc = win.document;
  const timeoutMs = deps.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // Absent in Firefox and in jsdom; typed loosely so older DOM typings also work.
  const navigation = (win as { navigation?: EventTarget }).navigation;
  const Observer = (win as Window & typeof globalThis).MutationObserver;

  let stopped = false;
  let lastHref: string | null = null;
  /** The profile of the current visit (waiting or viewed), or null off profiles. */
  let profile: string | null = null;
  /** The profile whose top card we are waiting for. */
  let waitingFor: string | null = null;
  let deadline: ReturnType<Window['setTimeout']> | undefined;
  let tickTimer: ReturnType<Window['setTimeout']> | undefined;

  const schedule = (): void => {
    if (stopped || tickTimer !== undefined) return;
    tickTimer = win.setTimeout(() => {
      tickTimer = undefined;
      check();
    }, THROTTLE_MS);
  };
  const observer = new Observer(schedule);
  // While waiting, text and attribute changes may be what makes the top card ready.
  const observe = (waiting: boolean): void =>
    observer.observe(doc, { childList: true, subtree: true, characterData: waiting, attributes: waiting });

  function endWait(): void {
    win.clearTimeout(deadline);
    deadline = undefined;
    waitingFor = null;
    observe(false);
  }

  function onUrl(next: string | null): void {
    if (next === profile) return; // e.g. a query or hash change on the same profile
    const wasOnProfile = profile !== null;
    if (waitingFor !== null) endWait(); // abandon the previous profile's wait
    profile = next;
    if (next === null) {
      if (wasOnProfile) deps.onLeaveProfile();
      return;
    }
    waitingFor = next;
    deadline = win.setTimeout(() => {
      if (stopped || waitingFor !== next) return;
      endWait();
      deps.onTimeout?.(next);
    }, timeoutMs);
    observe(true);
    deps.onProfileLoading?.(next);
  }

  function check(): void {
    if (stopped) return;
    if (deps.isAlive && !deps.isAlive()) {
      stop();
      return;
    }
    const href = win.location.href;
    if (href !== lastHref) {
      lastHref = href;
      onUrl(deps.isProfileUrl(href));
    }
    const url = waitingFor;
    if (!stopped && url !== null && deps.isTopCardReady(doc, url)) {
      endWait();
      deps.onProfileView(url);
    }
  }

  function stop(): void {
    if (stopped) return;
    stopped = true;
    observer.disconnect();
    for (const type of WINDOW_EVENTS) win.removeEventListener(type, schedule);
    for (const type of NAVIGATION_EVENTS) navigation?.removeEventListener(type, schedule);
    win.clearTimeout(tickTimer);
    win.clearTimeout(deadline);
    win.clearInterval(poll);
  }

  for (const type of WINDOW_EVENTS) win.addEventListener(type, schedule);
  for (const type of NAVIGATION_EVENTS) navigation?.addEventListener(type, schedule);
  observe(false);
  const poll = win.setInterval(check, POLL_MS);
  tickTimer = win.setTimeout(() => {
    tickTimer = undefined;
    check();
  }, 0);

  return { stop };
}

/**
 * Notices that the extension was reloaded under this content script: then
 * `browser.runtime.id` reads undefined or throws. check() is true while alive;
 * the first time it finds the runtime gone it calls onOrphaned, then stays false.
 */
export function createOrphanGuard(
  getRuntimeId: () => string | undefined,
  onOrphaned: () => void,
): { check(): boolean } {
  let orphaned = false;
  return {
    check() {
      if (orphaned) return false;
      let id: string | undefined;
      try {
        id = getRuntimeId();
      } catch {
        id = undefined;
      }
      if (id) return true;
      orphaned = true;
      onOrphaned();
      return false;
    },
  };
}
