/**
 * When sync runs: soon after a change (debounced: several edits go in one
 * batch), on a timer (an alarm, which survives the worker being stopped),
 * when the browser starts and when the worker starts (if the last attempt is
 * a while ago), and when an extension page asks (Sync now, the side panel
 * opening). Extension pages also turn sync on and off through here.
 */
import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import { folderUrl, originPattern } from '@/lib/domain/sync/layout';
import { isSyncRequest, type SyncReply } from '@/lib/domain/sync/messages';
import { removeOrigin } from '@/lib/platform/host-permission';
import { readDevice, readStatus } from '@/lib/store/sync/state';
import { connect, disconnect } from './connect';
import { syncNow, type RunnerDeps } from './runner';

export const SYNC_ALARM = 'inroads-sync';
const PERIOD_MINUTES = 2;
const DEBOUNCE_MS = 3_000;
const STARTUP_GAP_MS = 60_000;

async function scheduleAlarm(on: boolean): Promise<void> {
  if (!on) await browser.alarms.clear(SYNC_ALARM);
  else if (!(await browser.alarms.get(SYNC_ALARM))) await browser.alarms.create(SYNC_ALARM, { periodInMinutes: PERIOD_MINUTES });
}

/** Whether a message comes from one of this extension's own pages (never a content script). */
function fromOwnPage(sender: { id?: string; url?: string }): boolean {
  return sender.id === browser.runtime.id && !!sender.url?.startsWith(browser.runtime.getURL('/'));
}

export function startSyncTriggers(deps: RunnerDeps): {
  onMessage(message: unknown, sender: { id?: string; url?: string }): Promise<SyncReply> | undefined;
  onAlarm(name: string): void;
} {
  const run = () => void syncNow(deps);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waiting = 0;
  // Changes waiting (captured or stamped): more than before means a change was just made.
  liveQuery(async () => (await deps.db.outbox.count()) + (await readStatus(deps.db)).waiting).subscribe({
    next: (count) => {
      if (count > waiting) {
        clearTimeout(timer);
        timer = setTimeout(run, DEBOUNCE_MS);
      }
      waiting = count;
    },
    error: () => undefined,
  });
  void (async () => {
    const device = await readDevice(deps.db);
    await scheduleAlarm(!!device?.capturing);
    const { lastAttemptAt = 0 } = await readStatus(deps.db);
    if (device?.capturing && deps.now() - lastAttemptAt > STARTUP_GAP_MS) run();
  })().catch(() => undefined);
  browser.runtime.onStartup.addListener(run);
  return {
    onAlarm: (name) => {
      if (name === SYNC_ALARM) run();
    },
    onMessage(message, sender) {
      if (!isSyncRequest(message)) return undefined;
      if (!fromOwnPage(sender)) return Promise.resolve({ ok: false, problem: 'permission' });
      if (message.action === 'now') return syncNow(deps).then(() => ({ ok: true }) as const);
      if (message.action === 'turn-off') {
        return (async () => {
          const folder = (await readDevice(deps.db))?.folder;
          const reply = await disconnect(deps);
          await scheduleAlarm(false);
          if (folder) await removeOrigin(originPattern(folder));
          return reply;
        })();
      }
      return connect(deps, message.server, message.passphrase).then(async (reply) => {
        const folder = folderUrl(message.server.url);
        if (reply.ok) {
          await scheduleAlarm(true);
          run();
        } else if (folder) await removeOrigin(originPattern(folder));
        return reply;
      });
    },
  };
}
