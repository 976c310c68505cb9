/** Extension pages ask the background to turn sync on or off, or to sync now. */
import { browser } from 'wxt/browser';
import { SYNC_MESSAGE, type ServerInput, type SyncReply, type SyncRequest } from '@/lib/domain/sync/messages';

const send = (request: SyncRequest) => browser.runtime.sendMessage(request) as Promise<SyncReply>;

export const askTurnOn = (server: ServerInput, passphrase: string) =>
  send({ type: SYNC_MESSAGE, action: 'turn-on', server, passphrase });
export const askTurnOff = () => send({ type: SYNC_MESSAGE, action: 'turn-off' });
/** Fire and forget: the status line follows the database. */
export const askSyncNow = () => void send({ type: SYNC_MESSAGE, action: 'now' }).catch(() => undefined);
