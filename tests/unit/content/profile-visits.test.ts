// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://www.linkedin.com/feed/"}
/**
 * Profile visits under load: a page firing thousands of focus / visibility events
 * makes at most one status request per FOCUS_MS, and a profile view whose worker
 * died mid-message is sent once more (and only once).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FOCUS_MS, startProfileVisits, type ProfileVisits, type VisitDeps } from '@/lib/content/profile-visits';
import { statusToBadgeView } from '@/lib/content/badge/status';
import type { ProfileStatus } from '@/lib/domain/protocol/protocol';
import type { ProfileSnapshot } from '@/lib/domain/model/snapshot';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The synthetic pages (vitest runs from the repository root; jsdom's URL cannot name files). */
const SYNTHETIC = join(process.cwd(), 'tests/fixtures/linkedin/synthetic/');
const readPage = (path: string) => readFileSync(path, 'utf8');

const NOOR = '/in/noor-haddad-2e71b4/';
const STATUS: ProfileStatus = {
  degree: '1st',
  tracked: false,
  approach: { kind: 'direct-ask', label: 'Direct ask' },
  badgeEnabled: true,
  degreeSource: 'page',
  quietMode: false,
  words: { degree: '1st degree' },
};

/** Puts a saved profile page into this test's document, at its address. */
function showPage(file: string, path: string): void {
  window.history.replaceState({}, '', path);
  const parsed = new DOMParser().parseFromString(readPage(SYNTHETIC + file), 'text/html');
  document.replaceChild(document.adoptNode(parsed.documentElement), document.documentElement);
}

let visits: ProfileVisits | undefined;
let sent: string[];

function start(send: VisitDeps['send'], runtimeId: () => string | undefined = () => 'inroads-test'): ProfileVisits {
  visits = startProfileVisits({ window, send, runtimeId, now: () => Date.now() });
  return visits;
}

const answering: VisitDeps['send'] = async (request) => {
  sent.push(request.type);
  return { ok: true, result: STATUS } as never;
};
const count = (type: string) => sent.filter((t) => t === type).length;

beforeEach(() => {
  vi.useFakeTimers();
  sent = [];
  showPage('2026-sdui-1st-degree.html', NOOR);
});
afterEach(() => {
  visits?.stop();
  visits = undefined;
  vi.useRealTimers();
});

describe('focus and visibility events', () => {
  it('thousands of them make at most one status request per FOCUS_MS', async () => {
    start(answering);
    await vi.advanceTimersByTimeAsync(300);
    expect(count('profile-viewed')).toBe(1);
    for (let i = 0; i < 3000; i++) {
      window.dispatchEvent(new Event('focus'));
      document.dispatchEvent(new Event('visibilitychange'));
    }
    await vi.advanceTimersByTimeAsync(0);
    expect(count('profile-status')).toBe(1);
    await vi.advanceTimersByTimeAsync(FOCUS_MS * 3);
    expect(count('profile-status')).toBe(1); // nothing fired since: nothing sent

    for (let round = 0; round < 5; round++) {
      for (let i = 0; i < 1000; i++) window.dispatchEvent(new Event('focus'));
      await vi.advanceTimersByTimeAsync(FOCUS_MS / 2);
    }
    // 2.5 FOCUS_MS of storm: the first request at once, then one per FOCUS_MS.
    expect(count('profile-status')).toBeLessThanOrEqual(1 + 3);
    await vi.advanceTimersByTimeAsync(FOCUS_MS * 2);
    expect(count('profile-status')).toBeLessThanOrEqual(1 + 4);
  });

  it('after stop, pending requests are dropped', async () => {
    start(answering);
    await vi.advanceTimersByTimeAsync(300);
    window.dispatchEvent(new Event('focus'));
    visits?.stop();
    await vi.advanceTimersByTimeAsync(FOCUS_MS * 2);
    expect(count('profile-status')).toBe(0);
  });
});

describe('a worker that dies mid-message', () => {
  it('the profile view is sent once more, and the badge still shows', async () => {
    let calls = 0;
    start(async (request) => {
      sent.push(request.type);
      if (request.type === 'profile-viewed' && calls++ === 0)
        throw new Error('The message port closed before a response was received.');
      return { ok: true, result: STATUS } as never;
    });
    await vi.advanceTimersByTimeAsync(300);
    expect(count('profile-viewed')).toBe(2);
    expect([...document.documentElement.children].some((el) => el.localName === 'div')).toBe(true);
  });

  it('only once: a second failure is not retried', async () => {
    start(async (request) => {
      sent.push(request.type);
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    await vi.advanceTimersByTimeAsync(1000);
    expect(count('profile-viewed')).toBe(2);
  });

  it('not when the extension was reloaded (orphaned script)', async () => {
    start(
      async (request) => {
        sent.push(request.type);
        throw new Error('Extension context invalidated.');
      },
      () => undefined,
    );
    await vi.advanceTimersByTimeAsync(1000);
    expect(count('profile-viewed')).toBeLessThanOrEqual(1);
  });
});

describe('the badge view', () => {
  it('shows mutual names as LinkedIn printed them, never split', () => {
    const snapshot = {
      mutuals: [{ name: 'Gian Luca' }, { name: 'Sahar サハル' }, { name: '愷奕' }],
      mutualCount: 12,
    } as ProfileSnapshot;
    expect(statusToBadgeView(STATUS, snapshot, Date.now()).mutualFirstNames).toEqual([
      'Gian Luca',
      'Sahar サハル',
      '愷奕',
    ]);
  });
});
