/**
 * Turning sync on: checks the server and the passphrase before anything is
 * written. The first device creates the sync folder and keys.json (salt,
 * iterations, check value); a later device opens keys.json's check value
 * with the key its passphrase gives — a wrong passphrase is refused here,
 * and nothing is written, on the server or on this device.
 */
import { keysId, newKeysFile, parseKeysFile, unlockKeysFile, type KeysFile } from '@/lib/domain/sync/crypto';
import { DEVICES_PATH, folderUrl, KEYS_PATH, originPattern, SYNC_FOLDER } from '@/lib/domain/sync/layout';
import { MIN_PASSPHRASE, type ConnectProblem, type ServerInput, type SyncReply } from '@/lib/domain/sync/messages';
import { createDav, DavError, type Dav } from '@/lib/platform/webdav';
import type { InroadsDb } from '@/lib/store/database';
import { describeStorageError } from '@/lib/store/storage-errors';
import { turnSyncOff, turnSyncOn } from '@/lib/store/sync/setup';

export interface ConnectDeps {
  db: InroadsDb;
  now(): number;
  hasPermission(pattern: string): Promise<boolean>;
  fetch?: typeof fetch;
}

const refuse = (problem: ConnectProblem): SyncReply => ({ ok: false, problem });

/** keys.json as the server has it: the key it opens with this passphrase, or why not. */
async function openKeys(dav: Dav, passphrase: string): Promise<{ file: KeysFile; key: CryptoKey } | ConnectProblem | undefined> {
  const bytes = await dav.get(KEYS_PATH);
  if (!bytes) return undefined;
  const file = parseKeysFile(new TextDecoder().decode(bytes));
  if (!file) return 'not-inroads';
  const key = await unlockKeysFile(file, passphrase);
  return key ? { file, key } : 'wrong-passphrase';
}

/** The server's key set, made by this device when the folder has none. */
async function keysOf(dav: Dav, passphrase: string): Promise<{ file: KeysFile; key: CryptoKey } | ConnectProblem> {
  const existing = await openKeys(dav, passphrase);
  if (existing) return existing;
  const made = await newKeysFile(passphrase);
  await dav.mkcol(SYNC_FOLDER);
  await dav.mkcol(DEVICES_PATH);
  const text = JSON.stringify(made.file);
  // If-None-Match: another device turning sync on at the same moment keeps its keys.json (servers that honour it).
  if ((await dav.put(KEYS_PATH, text, true)) === 'exists') return (await openKeys(dav, passphrase)) ?? 'server';
  const stored = await dav.get(KEYS_PATH);
  if (stored && new TextDecoder().decode(stored) !== text) return (await openKeys(dav, passphrase)) ?? 'server';
  return made;
}

export async function connect(deps: ConnectDeps, server: ServerInput, passphrase: string): Promise<SyncReply> {
  const folder = folderUrl(server.url);
  if (!folder) return refuse('bad-url');
  if (!server.user.trim() || !server.password) return refuse('missing-login');
  if (passphrase.length < MIN_PASSPHRASE) return refuse('short-passphrase');
  if (!(await deps.hasPermission(originPattern(folder)))) return refuse('permission');
  const dav = createDav({ folder, user: server.user.trim(), password: server.password }, deps.fetch);
  try {
    if (!(await dav.list(''))) return refuse('no-folder');
    const keys = await keysOf(dav, passphrase);
    if (typeof keys === 'string') return refuse(keys);
    await turnSyncOn(
      deps.db,
      { folder, user: server.user.trim(), password: server.password, cryptoKey: keys.key, keysId: keysId(keys.file) },
      deps.now(),
    );
    return { ok: true };
  } catch (error) {
    if (error instanceof DavError) return refuse(error.problem);
    if (describeStorageError(error)) return refuse('storage');
    throw error;
  }
}

export async function disconnect(deps: Pick<ConnectDeps, 'db'>): Promise<SyncReply> {
  await turnSyncOff(deps.db);
  return { ok: true };
}
