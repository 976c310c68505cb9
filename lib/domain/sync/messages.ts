/**
 * Messages from extension pages (Settings → Sync, the status line) to the
 * background, which alone talks to the server. Pure.
 */

export const SYNC_MESSAGE = 'inroads-sync' as const;

export interface ServerInput {
  url: string;
  user: string;
  password: string;
}

export type SyncRequest =
  | { type: typeof SYNC_MESSAGE; action: 'turn-on'; server: ServerInput; passphrase: string }
  | { type: typeof SYNC_MESSAGE; action: 'turn-off' }
  | { type: typeof SYNC_MESSAGE; action: 'now' };

/** Why turning sync on did not work (worded by labels in the interface). */
export type ConnectProblem =
  | 'bad-url'
  | 'missing-login'
  | 'short-passphrase'
  | 'permission'
  | 'unreachable'
  | 'auth'
  | 'no-folder'
  | 'not-inroads'
  | 'wrong-passphrase'
  | 'server'
  | 'storage';

export type SyncReply = { ok: true } | { ok: false; problem: ConnectProblem };

/** Passphrases shorter than this are refused: keys.json lets anyone with the folder try guesses offline. */
export const MIN_PASSPHRASE = 10;

const isText = (value: unknown, max: number) => typeof value === 'string' && value.length <= max;

export function isSyncRequest(message: unknown): message is SyncRequest {
  const m = message as Partial<Record<string, unknown>> | null;
  if (!m || typeof m !== 'object' || m.type !== SYNC_MESSAGE) return false;
  if (m.action === 'turn-off' || m.action === 'now') return true;
  if (m.action !== 'turn-on') return false;
  const server = m.server as Partial<Record<string, unknown>> | undefined;
  return !!server && isText(server.url, 2048) && isText(server.user, 300) && isText(server.password, 1000) && isText(m.passphrase, 1000);
}
