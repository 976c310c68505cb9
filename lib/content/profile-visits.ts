/**
 * The content script's work on linkedin.com: on every profile view (SPA aware)
 * read the page once, report it to the background, and show the badge.
 * Plain DOM and types only: no React, no Dexie, no zod here.
 */
import type { InroadsRequest, InroadsResponse, ProfileStatus, ResultOf } from '@/lib/domain/protocol/protocol';
import type { ProfileSnapshot } from '@/lib/domain/model/snapshot';
import { createBadge, type Badge, type BadgeView } from '@/lib/content/badge/badge';
import { extractProfile, isTopCardReady } from '@/lib/content/read/extract-profile';
import { createOrphanGuard, watchPages } from './page-watch';
import { normaliseProfileUrl } from '@/lib/domain/identity/profile-url';
import { statusToBadgeView } from '@/lib/content/badge/status';

export interface VisitDeps {
  window: Window;
  send<T extends InroadsRequest>(request: T): Promise<InroadsResponse<ResultOf[T['type']]>>;
  /** `browser.runtime.id`: undefined (or throwing) once the extension was reloaded. */
  runtimeId(): string | undefined;
  now(): number;
}

export interface ProfileVisits {
  stop(): void;
  /** The snapshot of the profile on screen, if any. */
  current(): ProfileSnapshot | undefined;
  /** Asks for the status again (throttled like focus events). */
  refresh(): void;
}

/** The least time between two status requests caused by focus / visibility events. */
export const FOCUS_MS = 1000;

/**
 * Runs `work`; in test builds only (INROADS_TEST_HOOKS=1, what `npm run bench`
 * measures), leaves a User Timing entry for the content script's main-thread
 * cost per profile view. A production build leaves no mark on LinkedIn's page.
 */
function timed<T>(name: string, work: () => T): T {
  if (!__INROADS_TEST_HOOKS__) return work();
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(name, { start, end: performance.now() });
  }
}

export function startProfileVisits(deps: VisitDeps): ProfileVisits {
  const doc = deps.window.document;
  const dismissed = new Set<string>();
  let badge: Badge | undefined;
  let current: ProfileSnapshot | undefined;
  let stopped = false;

  const removeBadge = () => {
    badge?.remove();
    badge = undefined;
  };
  const show = (status: ProfileStatus, snapshot: ProfileSnapshot) => {
    if (stopped || current !== snapshot) return;
    if (!status.badgeEnabled || dismissed.has(snapshot.url)) return removeBadge();
    badge ??= createBadge(doc, {
      onDismiss: () => {
        dismissed.add(snapshot.url);
        badge = undefined;
      },
      onOpen: () => void deps.send({ type: 'open-inroads' }).catch(() => undefined),
    });
    const view: BadgeView = statusToBadgeView(status, snapshot, deps.now());
    timed('inroads:badge', () => badge?.render(view));
  };
  const report = async (type: 'profile-viewed' | 'profile-status', snapshot: ProfileSnapshot, retry = false) => {
    try {
      const response = await deps.send({ type, snapshot });
      if (response.ok) show(response.result, snapshot);
    } catch {
      // Extension reloaded: the guard stops us. Worker died mid-message: a view is sent once more.
      if (guard.check() && retry && current === snapshot) void report(type, snapshot);
    }
  };
  // Coming back from the popup or side panel: show what changed (e.g. now a target). At most
  // one status request per FOCUS_MS however many focus / visibility events the page fires.
  let focusTimer: ReturnType<Window['setTimeout']> | undefined;
  let lastFocus = -FOCUS_MS;
  const onFocus = () => {
    focusTimer ??= deps.window.setTimeout(
      () => {
        focusTimer = undefined;
        lastFocus = deps.now();
        if (current && !stopped && doc.visibilityState !== 'hidden') void report('profile-status', current);
      },
      Math.max(0, lastFocus + FOCUS_MS - deps.now()),
    );
  };
  const stop = () => {
    if (stopped) return;
    stopped = true;
    deps.window.clearTimeout(focusTimer);
    watch.stop();
    removeBadge();
    deps.window.removeEventListener('focus', onFocus);
    doc.removeEventListener('visibilitychange', onFocus);
  };
  const guard = createOrphanGuard(deps.runtimeId, stop);
  const pageState = (state: 'left' | 'reading' | 'unreadable', url?: string) =>
    void deps.send({ type: 'page-state', state, ...(url ? { url } : {}) }).catch(() => undefined);
  const watch = watchPages({
    window: deps.window,
    isProfileUrl: normaliseProfileUrl,
    isTopCardReady,
    isAlive: () => guard.check(),
    // The popup follows the tab: a new profile being read, one never matched, or none at all.
    onProfileLoading: (url) => {
      current = undefined;
      removeBadge();
      pageState('reading', url);
    },
    onTimeout: (url) => pageState('unreadable', url),
    onProfileView: (url) => {
      current = timed('inroads:extract', () => extractProfile(doc, url));
      void report('profile-viewed', current, true);
    },
    onLeaveProfile: () => {
      current = undefined;
      removeBadge();
      pageState('left');
    },
  });
  deps.window.addEventListener('focus', onFocus);
  doc.addEventListener('visibilitychange', onFocus);
  return { stop, current: () => current, refresh: onFocus };
}
